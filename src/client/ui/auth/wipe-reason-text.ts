import type { WipeReason } from '../../db';
import { authTexts } from './texts';
import { wipeReasonOf } from './wipe-reason';

const sentences: Record<WipeReason, string> = {
  ingetrokken: authTexts.wipedRevoked,
  uitgelogd: authTexts.wipedLoggedOut,
  'uitgelogd-offline': authTexts.wipedLoggedOutOffline,
  'uitgelogd-offline-zonder-ticket': authTexts.wipedLoggedOutOfflineUntold,
};

/** The plain-Dutch sentence the login screen shows after a wipe, or null. */
export function wipeReasonText(search: URLSearchParams): string | null {
  const reason = wipeReasonOf(search);
  return reason === null ? null : sentences[reason];
}
