import { lock } from '../crypto/key-ring';
import { readSession, type DataLayer } from '../db';
import { ApiFailure, NetworkFailure, type ApiClient } from './http';
import { clearSessionIfCurrent } from './session-refresh';

/**
 * End this device's session: tell the server (so the token is useless even if copied), then
 * forget it here. Records and unsent changes stay on the device and go out after the next login.
 * Without a connection the session is still forgotten here; `serverKnows` is then false.
 */
export async function logOut(data: DataLayer, api: ApiClient): Promise<{ serverKnows: boolean }> {
  const session = await readSession(data.db);
  if (!session) return { serverKnows: true };
  let serverKnows = true;
  try {
    await api.post<void>('/api/auth/logout', undefined, session.token);
  } catch (error) {
    // A session the server already ended (401) is as good as ended now.
    if (!(error instanceof NetworkFailure || error instanceof ApiFailure)) throw error;
    serverKnows = error instanceof ApiFailure && error.status === 401;
  }
  await clearSessionIfCurrent(data, session.token);
  // The next person on this device unlocks their own key (the key is per device and user).
  lock();
  return { serverKnows };
}
