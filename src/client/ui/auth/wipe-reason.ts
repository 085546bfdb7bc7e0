import type { WipeReason } from '../../db';
import { paths } from '../router';

const REASON_PARAM = 'reden';

// Every reason, so that an address with any other word names none. (The sentences for them live in
// wipe-reason-text.ts: the start path asks only whether there is one, without the login's texts.)
const reasons = {
  ingetrokken: true,
  uitgelogd: true,
  'uitgelogd-offline': true,
  'uitgelogd-offline-zonder-ticket': true,
} as const satisfies Record<WipeReason, true>;

export function loginAfterWipe(reason: WipeReason): string {
  return `${paths.login()}?${REASON_PARAM}=${reason}`;
}

/** Why this device was just wiped, as the login address after the wipe says, or null. */
export function wipeReasonOf(search: URLSearchParams): WipeReason | null {
  const reason = search.get(REASON_PARAM);
  return reason !== null && Object.hasOwn(reasons, reason) ? (reason as WipeReason) : null;
}
