/**
 * The lock screens' services for the real app: the key ring, the wrappers in localStorage (the
 * one place for every wrap, db/unlock-store.ts), WebAuthn, and crypto's Argon2id PIN wrapper as
 * the PinMethod. Every way to unlock (set-up, passkey, PIN, recovery) goes through `ring` below,
 * so each one runs the sealing pass, stores a login held until now (ui/lock/pending-login.ts: the
 * session's names can be sealed only once the key is in memory) and starts a sync pass.
 * Settings: the team's idle time, background grace and lease as the last sync brought them
 * (crypto/team-lock-settings.ts; the defaults 5 minutes, 30 seconds and 72 hours until then).
 * Read at each unlock and each lease check, so a change reaches the next one.
 */
import * as keyRing from '../crypto/key-ring';
import { loadDraftCipher } from '../crypto/draft-cipher';
import { leaseMsOf, lockSettingsOf, readTeamLockSettings } from '../crypto/team-lock-settings';
import { deviceBinding } from '../crypto/wrappers/escrow';
import { passkeyMayWork } from '../crypto/wrappers/passkey';
import type { DataLayer } from '../db/data-layer';
import { afterUnlock } from '../db/after-unlock';
import { saveSession } from '../db/session';
import { pinPepperStore, type PepperStore } from '../db/pin-pepper';
import { unlockStore, type UnlockStore } from '../db/unlock-store';
import type { SyncEngine } from '../sync';
import { readLastContact } from '../sync/last-success';
import type { LockServices, PrimedLockScreen } from '../ui/lock/lock-services';
import { holdLogin, pendingLogin } from '../ui/lock/pending-login';
import type { PinMethod } from '../ui/lock/pin-method';
import { unlockFlow, type Ring } from '../ui/lock/unlock-flow';

/** The team's lock times as the last sync brought them, read fresh at each use (also by tests). */
export const teamLockTimes = {
  settings: () => lockSettingsOf(readTeamLockSettings()),
  leaseMs: () => leaseMsOf(readTeamLockSettings()),
};

/** The PIN wrapper's code (and with it hash-wasm) loads when a PIN is set or typed, not with the first screen. */
const pinWrapper = () => import('../crypto/wrappers/pin');

/**
 * What a PIN unlock needs next, loaded while the PIN is typed rather than after it is submitted:
 * the PIN wrapper with Argon2id (hash-wasm) and the drafts' cipher. A passkey unlock loads neither.
 */
export function preloadPinUnlock(): void {
  void pinWrapper().then((pin) => pin.preloadArgon2());
  void loadDraftCipher();
}

/**
 * crypto's PIN wrapper, kept in the unlock store and bound to the device's pepper in IndexedDB.
 * A wrapper from before the pepper (v1) opens as before and is rewrapped with the pepper at once;
 * one whose pepper is gone (IndexedDB deleted, localStorage not) can never open and is destroyed.
 */
export function argon2PinMethod(store: UnlockStore, pepper: PepperStore): PinMethod {
  return {
    exists: () => store.pin() !== null,
    set: async (raw, pin) => store.savePin(await (await pinWrapper()).wrapWithPin(raw, pin, await pepper.ensure())),
    open: async (pin) => {
      const wrapped = store.pin();
      if (!wrapped) throw new Error('No PIN wrapper on this device');
      const { openPin, PinPepperMissingError } = await pinWrapper();
      try {
        // A v1 wrap gets the pepper made now; stored (durably) before the new wrap replaces the old.
        const opened = await openPin(wrapped, pin, wrapped.v === 1 ? await pepper.ensure() : await pepper.read());
        if (opened.rewrapped) store.savePin(opened.rewrapped);
        return opened.raw;
      } catch (error) {
        if (error instanceof PinPepperMissingError) store.forgetPin();
        throw error;
      }
    },
    destroy: () => store.forgetPin(),
  };
}

/**
 * Puts the data key in the ring with the device's pepper in the drafts' key (crypto/key-ring.ts),
 * the pepper made here if this device has none yet (a passkey-only one). `raw` is zero-filled.
 */
export async function unlockWithPepper(raw: Uint8Array, pepper: PepperStore): Promise<void> {
  let peppered: Uint8Array;
  try {
    peppered = await pepper.ensure();
  } catch (error) {
    raw.fill(0);
    throw error;
  }
  await keyRing.unlockWith(raw, peppered);
}

/** The key ring, plus what every unlock must do once the key is in memory. */
function unlockingRing(data: DataLayer, pepper: PepperStore, sync: () => SyncEngine | null): Ring {
  return {
    createDataKey: keyRing.createDataKey,
    async unlockWith(raw) {
      await unlockWithPepper(raw, pepper);
      await afterUnlock(data.store);
      const login = pendingLogin();
      if (login) {
        await saveSession(data.db, login);
        holdLogin(null);
      }
      // Locked, the sync loop sends and fetches nothing: unlocking starts a pass (and after a
      // login fetches the team's households right away). Not loaded yet (start.tsx loads it after
      // the first paint): its start runs that pass.
      void sync()?.syncNow();
    },
  };
}

/** The app's lock services, and `prime`: reads what the first lock screen shows (see LockServices.primed). */
export interface AppLockServices extends LockServices {
  prime(): Promise<void>;
}

/** `sync` is read at each unlock: the engine loads after the first paint (app/deferred-sync.ts). */
export function createLockServices(data: DataLayer, sync: () => SyncEngine | null, onLockScreenShown?: LockServices['onLockScreenShown']): AppLockServices {
  const ring = unlockingRing(data, pinPepperStore(data.db), sync);
  let primed: PrimedLockScreen | null = null;
  // Read for the lock screen before the first unlock; after it, a lock screen reads afresh.
  keyRing.onLockChange((unlocked) => {
    if (unlocked) primed = null;
  });
  return {
    async prime() {
      // Unreadable counts as unknown, as on the lock screen itself.
      const [clientId, lastContact] = await Promise.all([data.device.clientId(), readLastContact(data).catch(() => null)]);
      if (!keyRing.isUnlocked()) primed = { clientId, lastContact };
    },
    primed: () => primed,
    flowFor: ({ userId, clientId }) => {
      const store = unlockStore(undefined, userId);
      const pin = argon2PinMethod(store, pinPepperStore(data.db));
      return unlockFlow({ store, ring, pin, binding: deviceBinding(clientId, userId), now: () => Date.now(), leaseMs: teamLockTimes.leaseMs });
    },
    isUnlocked: keyRing.isUnlocked,
    onLockChange: keyRing.onLockChange,
    lock: keyRing.lock,
    settings: teamLockTimes.settings,
    pinAvailable: true,
    passkeyMayWork: () => passkeyMayWork(window),
    now: () => Date.now(),
    onLockScreenShown,
  };
}
