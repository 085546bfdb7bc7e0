import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../log';

/**
 * One line per request. The path is the route *pattern* (e.g. "/api/sync/push", "*" for app
 * files), so ids in URLs never reach the log; no bodies, no headers, no tokens.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger('info', 'request', {
      method: c.req.method,
      route: routePath(c),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
