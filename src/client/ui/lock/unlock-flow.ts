/**
 * What the lock screens do, without React (tested in tests/unit/client/ui/lock): set up the
 * wrappers after the first online login, unlock by passkey or PIN, count wrong PINs, destroy the
 * PIN wrapper after the last one, and recover with the escrow key after a fresh login.
 * Every path ends in `ring.unlockWith(raw)`, which zero-fills the raw key.
 */
import { leaseExpired } from '../../crypto/lease';
import { pinAttempts } from '../../crypto/pin-attempts';
import { openWithEscrow, wrapForEscrow } from '../../crypto/wrappers/escrow';
import { openWithPasskey, setUpPasskey, type Credentials } from '../../crypto/wrappers/passkey';
import type { UnlockStore } from '../../db/unlock-store';
import type { PinMethod } from './pin-method';

export interface Ring {
  createDataKey(): Uint8Array;
  unlockWith(raw: Uint8Array): Promise<void>;
}

export interface UnlockFlowDeps {
  store: UnlockStore;
  ring: Ring;
  /** deviceBinding(clientId, userId): every wrap is bound to this device and user. */
  binding: string;
  pin?: PinMethod;
  credentials?: Credentials;
  now: () => number;
  /** Read at each check: the team's setting may have changed at the last sync. */
  leaseMs: () => number;
}

export type PinOutcome = { ok: true } | { ok: false; remaining: number };

export type SecondFactor = { kind: 'passkey' } | { kind: 'pin'; pin: string };

export function unlockFlow(deps: UnlockFlowDeps) {
  const attempts = pinAttempts(deps.store.pinFailures);

  /** Wrap a raw key with the chosen method; the caller then hands it to the ring. */
  async function protect(raw: Uint8Array, factor: SecondFactor): Promise<void> {
    if (factor.kind === 'passkey') {
      deps.store.savePasskey(await setUpPasskey(raw, { boundTo: deps.binding }, deps.credentials));
    } else {
      if (!deps.pin) throw new Error('No PIN wrapper in this build');
      await deps.pin.set(raw, factor.pin);
      attempts.reset();
    }
  }

  return {
    /** Which ways to unlock this device has; none: it must be set up (or recovered). */
    methods: () => ({ passkey: deps.store.passkey() !== null, pin: deps.pin?.exists() ?? false, escrow: deps.store.escrow() !== null }),
    remainingPinAttempts: () => attempts.remaining(),
    /** The offline lease ran out: an online login comes first (then `recover`). */
    leaseMs: () => deps.leaseMs(),
    needsOnlineLogin: (lastContactAt: number | null) => leaseExpired(lastContactAt, deps.now(), deps.leaseMs()),

    /** After the first online login: a new data key, wrapped for escrow and by the chosen method. */
    async setUp(escrowKey: string | null, factor: SecondFactor): Promise<void> {
      const raw = deps.ring.createDataKey();
      try {
        if (escrowKey) deps.store.saveEscrow(await wrapForEscrow(raw, escrowKey, deps.binding));
        await protect(raw, factor);
      } catch (error) {
        raw.fill(0);
        throw error;
      }
      await deps.ring.unlockWith(raw);
    },

    async withPasskey(): Promise<void> {
      const wrapper = deps.store.passkey();
      if (!wrapper) throw new Error('No passkey on this device');
      await deps.ring.unlockWith(await openWithPasskey(wrapper, deps.binding, deps.credentials));
    },

    async withPin(pin: string): Promise<PinOutcome> {
      const method = deps.pin;
      if (!method?.exists() || !attempts.begin()) return { ok: false, remaining: 0 };
      let raw: Uint8Array;
      try {
        raw = await method.open(pin);
      } catch {
        if (attempts.exhausted()) method.destroy();
        // Destroyed (the last attempt, or a wrapper that can never open): only recovery is left.
        return { ok: false, remaining: method.exists() ? attempts.remaining() : 0 };
      }
      attempts.succeeded();
      await deps.ring.unlockWith(raw);
      return { ok: true };
    },

    /**
     * A fresh login gave back the escrow key: open the data key with it (all data, also what was
     * never synced, is readable again) and protect it anew (a new PIN or the passkey).
     */
    async recover(escrowKey: string, factor: SecondFactor): Promise<void> {
      const wrapper = deps.store.escrow();
      if (!wrapper) throw new Error('No escrow wrap on this device');
      const raw = await openWithEscrow(wrapper, escrowKey, deps.binding);
      try {
        await protect(raw, factor);
      } catch (error) {
        raw.fill(0);
        throw error;
      }
      await deps.ring.unlockWith(raw);
    },
  };
}

export type UnlockFlow = ReturnType<typeof unlockFlow>;
