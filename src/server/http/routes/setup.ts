import type { Hono } from 'hono';
import { setupRequestSchema } from '../../../domain/auth-protocol';
import { completeSetup, needsSetup } from '../../auth/setup';
import { messages } from '../../messages';
import { apiError, type AppDeps, type AppEnv } from '../context';
import { readBody } from '../read-body';

export function setupRoutes(app: Hono<AppEnv>, { store, clock }: AppDeps): void {
  app.get('/api/setup', async (c) => c.json({ needsSetup: await needsSetup(store.db) }));

  app.post('/api/setup', async (c) => {
    const body = await readBody(c, setupRequestSchema, { versioned: false });
    if (!body.ok) return body.response;
    const outcome = await completeSetup(store.db, body.value, clock());
    if (outcome.ok) return c.json(outcome.response);
    return outcome.reason === 'already-set-up'
      ? apiError(c, 409, 'already-set-up', messages.setupDone)
      : apiError(c, 403, 'forbidden', messages.setupTokenInvalid);
  });
}
