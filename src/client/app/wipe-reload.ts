import type { WipeReason } from '../db';
import { loginAfterWipe } from '../ui/auth/wipe-reason';

/**
 * After wipeDevice (db/wipe-device.ts): a full reload to the login screen, so nothing of the
 * old session stays in memory (keys, screens, module caches). The reason travels as a code in
 * the address; it says nothing about a person.
 */
export function reloadAfterWipe(reason: WipeReason): void {
  window.location.replace(loginAfterWipe(reason));
}
