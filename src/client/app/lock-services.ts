/**
 * The lock screens' services for the real app: the key ring, the wrappers in localStorage,
 * WebAuthn, and the PIN wrapper when this build has one (helper `crypto`'s Argon2id wrapper is
 * adapted to PinMethod here at merge time). Settings: the team's idle time when the server
 * sends one (not yet: the defaults, 5 minutes and 30 seconds), the lease of 72 hours.
 */
import { DEFAULT_LEASE_MS } from '../crypto/lease';
import { DEFAULT_LOCK_SETTINGS } from '../crypto/lock-policy';
import * as ring from '../crypto/key-ring';
import { deviceBinding } from '../crypto/wrappers/escrow';
import { passkeyMayWork } from '../crypto/wrappers/passkey';
import { unlockStore } from '../db/unlock-store';
import type { LockServices } from '../ui/lock/lock-services';
import type { PinMethod } from '../ui/lock/pin-method';
import { unlockFlow } from '../ui/lock/unlock-flow';

export function createLockServices(pin?: PinMethod): LockServices {
  const store = unlockStore();
  return {
    flowFor: ({ userId, clientId }) =>
      unlockFlow({ store, ring, pin, binding: deviceBinding(clientId, userId), now: () => Date.now(), leaseMs: DEFAULT_LEASE_MS }),
    isUnlocked: ring.isUnlocked,
    onLockChange: ring.onLockChange,
    lock: ring.lock,
    settings: DEFAULT_LOCK_SETTINGS,
    pinAvailable: pin !== undefined,
    passkeyMayWork: () => passkeyMayWork(window),
    now: () => Date.now(),
  };
}
