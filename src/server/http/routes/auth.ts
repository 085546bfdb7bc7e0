import type { Hono } from 'hono';
import { loginRequestSchema, type MeResponse } from '../../../domain/auth-protocol';
import { findUserById, teamsOf, userInfo } from '../../auth/accounts';
import { login } from '../../auth/login';
import { LOGIN_WINDOW_MS } from '../../auth/login-attempts';
import { endSession } from '../../auth/sessions';
import { messages } from '../../messages';
import { authenticate } from '../authenticate';
import { apiError, type AppDeps, type AppEnv } from '../context';
import { readBody } from '../read-body';

export function authRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const { store, clock } = deps;

  app.post('/api/auth/login', async (c) => {
    const body = await readBody(c, loginRequestSchema, { versioned: true });
    if (!body.ok) return body.response;
    const outcome = await login(store.db, { ...body.value, clientAddress: deps.clientAddress(c) }, clock());
    if (outcome.ok) return c.json(outcome.response);
    if (outcome.reason === 'rate-limited') {
      c.header('Retry-After', String(LOGIN_WINDOW_MS / 1000));
      return apiError(c, 429, 'too-many-attempts', messages.tooManyAttempts);
    }
    return apiError(c, 401, 'unauthenticated', messages.wrongCredentials);
  });

  app.post('/api/auth/logout', authenticate(deps), async (c) => {
    await endSession(store.db, c.get('session').id);
    return c.body(null, 204);
  });

  app.get('/api/me', authenticate(deps), async (c) => {
    const userId = c.get('session').user_id;
    const user = await findUserById(store.db, userId);
    if (!user) return apiError(c, 401, 'unauthenticated', messages.unauthenticated);
    const me: MeResponse = { user: userInfo(user), teams: await teamsOf(store.db, userId) };
    return c.json(me);
  });
}
