import type { MiddlewareHandler } from 'hono';
import { ROTATED_TOKEN_HEADER } from '../../domain/auth-protocol';
import { rotateOnUse } from '../auth/rotation';
import { findSession, sessionEnded, touchSession, withLease } from '../auth/sessions';
import { tokenPattern } from '../auth/tokens';
import { messages } from '../messages';
import { apiError, type AppDeps, type AppEnv } from './context';

/**
 * Sent with 'device-revoked' and on the logout answer (routes/auth.ts), never with an ended
 * session met during sync (that device keeps its unsent work): the browser drops the origin's storage (IndexedDB, localStorage, Cache
 * Storage, the service worker) and HTTP cache, even if the app's own wipe (wipe-device.ts) were
 * stopped half way. It is also the only thing that removes the bytes: Chromium deletes the
 * origin's IndexedDB directory and its Local Storage entries with compaction, where the app's
 * own deleteDatabase and localStorage.clear() leave the old values in LevelDB files
 * (tests/e2e/revoke-wipe.e2e.test.ts). Not "cookies" (the app has none) and not "*" or
 * "executionContexts" (a reload in the middle of the app's own wipe helps nobody; the app
 * reloads itself when it is done).
 */
export const REVOKED_CLEAR_SITE_DATA = '"cache", "storage"';

/**
 * Bearer token → device session. A revoked device is told so, because it must wipe its data; an
 * ended one (idle, past its team's offline lease, too old) only logs in again: 'unauthenticated',
 * never with Clear-Site-Data, so its unsent work stays (sync/run.ts). A token due for rotation
 * gets its successor in a response header (see auth/rotation.ts).
 */
export function authenticate({ store, clock, sessionPolicy }: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    const found = token && tokenPattern.test(token) ? await findSession(store.db, token) : undefined;
    if (!token || !found) return apiError(c, 401, 'unauthenticated', messages.unauthenticated);
    const now = clock();
    const ended = sessionEnded(found.session, found.current, withLease(sessionPolicy, found.leaseHours), now);
    if (ended === 'revoked') {
      c.header('Clear-Site-Data', REVOKED_CLEAR_SITE_DATA);
      return apiError(c, 401, 'device-revoked', messages.deviceRevoked);
    }
    if (ended === 'expired') return apiError(c, 401, 'unauthenticated', messages.unauthenticated);
    await touchSession(store.db, found.session, now);
    const rotated = await rotateOnUse(store.db, found.session, token, found.current, now);
    if (rotated) c.header(ROTATED_TOKEN_HEADER, rotated);
    c.set('session', found.session);
    await next();
  };
}
