import type { WipeReason } from '../../db';
import { paths } from '../router';
import { authTexts } from './texts';

const REASON_PARAM = 'reden';

export function loginAfterWipe(reason: WipeReason): string {
  return `${paths.login()}?${REASON_PARAM}=${reason}`;
}

/** The plain-Dutch sentence the login screen shows after a wipe, or null. */
export function wipeReasonText(search: URLSearchParams): string | null {
  switch (search.get(REASON_PARAM)) {
    case 'ingetrokken':
      return authTexts.wipedRevoked;
    case 'uitgelogd':
      return authTexts.wipedLoggedOut;
    case 'uitgelogd-offline':
      return authTexts.wipedLoggedOutOffline;
    case 'uitgelogd-offline-zonder-ticket':
      return authTexts.wipedLoggedOutOfflineUntold;
    default:
      return null;
  }
}
