import { pendingLogoutTicket } from '../db/wipe-device';
import { wipeReasonOf } from '../ui/auth/wipe-reason';

/**
 * True when this page load is the reload right after a wipe (wipe-reload.ts), or a later start of
 * a device whose offline logout the server has not heard of yet (the ticket lives only on a wiped
 * device: sync/logout-ticket.ts).
 */
export function justWiped(search: string): boolean {
  return wipeReasonOf(new URLSearchParams(search)) !== null || pendingLogoutTicket() !== null;
}
