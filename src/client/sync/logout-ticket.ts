import type { LogoutTicketRequest } from '../../domain';
import { forgetLogoutTicket, pendingLogoutTicket } from '../db/wipe-device';
import { ApiFailure, type ApiClient } from './http';

let last: Promise<void> = Promise.resolve();

/**
 * Tell the server of a logout it did not hear (logout.ts, offline): send the logout ticket the
 * wipe left, so the server ends that session. The ticket is forgotten once the server answered
 * for good: 2xx, or a 4xx other than 408 and 429 (a ticket it will never take). Otherwise it stays
 * for the next try and this rejects (NetworkFailure, ApiFailure). Resolves at once with no ticket.
 *
 * Only on a wiped device, which is the only place a ticket lives: the answer carries the logout's
 * Clear-Site-Data, which would wipe a device that holds a session or data. So logIn waits for it
 * before a new login stores anything, and the page that shows the login after a wipe (or finds a
 * ticket at start: app/after-wipe.tsx) opens no database while it sends. One request at a time
 * (the page's start, the online event and a login may all ask at once): a call while one is on
 * its way waits for it, then tries again only if the ticket is still there (an online event that
 * comes while a try without network is failing must not be lost in it).
 */
export function sendPendingLogout(api: ApiClient): Promise<void> {
  const attempt = last.catch(() => undefined).then(() => send(api));
  last = attempt;
  return attempt;
}

async function send(api: ApiClient): Promise<void> {
  const ticket = pendingLogoutTicket();
  if (!ticket) return;
  const body: LogoutTicketRequest = { ticket };
  try {
    await api.post<void>('/api/auth/logout-ticket', body);
  } catch (failure) {
    if (!definitive(failure)) throw failure;
  }
  forgetLogoutTicket(ticket);
}

const definitive = (failure: unknown) =>
  failure instanceof ApiFailure && failure.status >= 400 && failure.status < 500 && failure.status !== 408 && failure.status !== 429;
