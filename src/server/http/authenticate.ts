import type { MiddlewareHandler } from 'hono';
import { findSession, touchSession } from '../auth/sessions';
import { tokenPattern } from '../auth/tokens';
import { messages } from '../messages';
import { apiError, type AppDeps, type AppEnv } from './context';

/** Bearer token → device session. A revoked device is told so, because it must wipe its data. */
export function authenticate({ store, clock }: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    const session = token && tokenPattern.test(token) ? await findSession(store.db, token) : undefined;
    if (!session) return apiError(c, 401, 'unauthenticated', messages.unauthenticated);
    if (session.revoked_at !== null) return apiError(c, 401, 'device-revoked', messages.deviceRevoked);
    await touchSession(store.db, session, clock());
    c.set('session', session);
    await next();
  };
}
