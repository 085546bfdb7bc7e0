import type { Hono } from 'hono';
import { messages } from '../messages';
import { apiError, type AppEnv } from './context';

/**
 * A known API path asked with another method answers 405 with the methods it has (Allow), not
 * 404. Call after every API route is registered: it reads them from the app, so a route added
 * later in a routes file is covered without being listed here. HEAD is served by GET.
 */
export function answerWrongMethods(app: Hono<AppEnv>): void {
  const methods = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (!route.path.startsWith('/api/') || route.path.includes('*') || route.method === 'ALL') continue;
    const set = methods.get(route.path) ?? new Set<string>();
    set.add(route.method);
    if (route.method === 'GET') set.add('HEAD');
    methods.set(route.path, set);
  }
  for (const [path, allowed] of methods) {
    const allow = [...allowed].sort().join(', ');
    app.all(path, (c) => {
      c.header('Allow', allow);
      return apiError(c, 405, 'method-not-allowed', messages.methodNotAllowed);
    });
  }
}
