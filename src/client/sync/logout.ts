import { outboxSummary, readSession, releaseForClear, wipeDevice, layerOf, type ScreenData } from '../db';
import { ApiFailure, NetworkFailure, type ApiClient } from './http';

export type LogOutResult =
  /** Nothing was done: this many changes are not sent yet; the worker must be told and choose. */
  | { kind: 'unsent'; unsent: number }
  /**
   * The device is wiped. `serverKnows` is false when the server could not be told (offline): the
   * device then keeps only the session's logout ticket, to tell it later (logout-ticket.ts).
   */
  | { kind: 'wiped'; serverKnows: boolean };

/** Changes on this device that the team does not have: waiting ones and ones the server refused. */
export async function unsentChanges(screenData: ScreenData): Promise<number> {
  const data = layerOf(screenData);
  const { pending, rejected } = await outboxSummary(data.store);
  return pending + rejected.length;
}

/**
 * Log out: end the session on the server (so the token is useless even if copied; its answer's
 * Clear-Site-Data makes the browser delete the origin's storage from disk), then wipe the device
 * (wipe-device.ts), the same way a revoked device goes. A worker never loses unsent
 * work without being told: with unsent changes this only reports their number, unless the
 * caller passes `discardUnsent` after the worker chose "toch uitloggen" (after "Eerst versturen").
 */
export async function logOut(screenData: ScreenData, api: ApiClient, options: { discardUnsent?: number } = {}): Promise<LogOutResult> {
  const data = layerOf(screenData);
  return data.store.queue.run(async () => {
    const unsent = await unsentChanges(data);
    // The worker agreed to lose exactly what they were told about; more since then asks again.
    if (unsent > (options.discardUnsent ?? 0)) return { kind: 'unsent', unsent };
    const session = await readSession(data.db);
    // The answer says Clear-Site-Data: no connection of this tab may be open while the browser
    // deletes the database (wipe-device.ts). From here on the device is wiped, whatever the answer.
    releaseForClear(data.db);
    let serverKnows = true;
    let ended = !session;
    if (session) {
      try {
        await api.post<void>('/api/auth/logout', undefined, session.token);
        ended = true;
      } catch (error) {
        // A session the server already ended (401) is as good as ended now. Anything else: the
        // server was not told, and the device is wiped all the same (the worker chose to leave).
        if (!(error instanceof NetworkFailure || error instanceof ApiFailure)) console.error('Logout request failed', error);
        serverKnows = error instanceof ApiFailure && error.status === 401;
      }
    }
    // Offline, this wipe is all there is for now: no Clear-Site-Data for the bytes on disk, and a
    // session the server still holds. The wipe leaves the session's logout ticket alone, which
    // logout-ticket.ts sends at the next contact (ending the session and clearing the bytes); the
    // login screen says so (and whom to ask if the phone is lost). Also after a 401: a session
    // past its lease still has its row and escrow key on the server, and the ticket removes them.
    const logoutTicket = ended ? undefined : session?.logoutTicket;
    const reason = serverKnows ? 'uitgelogd' : logoutTicket ? 'uitgelogd-offline' : 'uitgelogd-offline-zonder-ticket';
    await wipeDevice(data.db, reason, { logoutTicket });
    return { kind: 'wiped', serverKnows };
  });
}
