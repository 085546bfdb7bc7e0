import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deviceBinding } from '../../../../../src/client/crypto/wrappers/escrow';
import { unlockStore } from '../../../../../src/client/db/unlock-store';
import type { PinMethod } from '../../../../../src/client/ui/lock/pin-method';
import { unlockFlow } from '../../../../../src/client/ui/lock/unlock-flow';
import { memoryStorage } from '../../../../support/memory-storage';

/** A stand-in for crypto's Argon2id wrapper: the key kept beside its PIN (the test only needs the contract). */
function fakePin(): PinMethod & { destroyed: boolean } {
  let kept: { pin: string; raw: Uint8Array } | null = null;
  const method = {
    destroyed: false,
    exists: () => kept !== null,
    set: async (raw: Uint8Array, pin: string) => void (kept = { pin, raw: raw.slice() }),
    open: async (pin: string) => {
      if (!kept || kept.pin !== pin) throw new Error('wrong PIN');
      return kept.raw.slice();
    },
    destroy: () => {
      kept = null;
      method.destroyed = true;
    },
  };
  return method;
}

function setup(storage = memoryStorage(), pin = fakePin()) {
  const unlocked: Uint8Array[] = [];
  const created = Uint8Array.from(randomBytes(32));
  const ring = { createDataKey: () => created.slice(), unlockWith: async (raw: Uint8Array) => void unlocked.push(raw.slice()) };
  const flow = unlockFlow({ store: unlockStore(storage), ring, pin, binding: deviceBinding('c', 'u'), now: () => 0, leaseMs: () => 1000 });
  return { flow, unlocked, created, storage, pin };
}

describe('unlock flow', () => {
  const escrowKey = randomBytes(32).toString('base64url');

  it('sets up escrow and a PIN after the first login, then unlocks with the PIN', async () => {
    const { flow, unlocked, created } = setup();
    await flow.setUp(escrowKey, { kind: 'pin', pin: '482915' });
    expect(flow.methods()).toEqual({ passkey: false, pin: true, escrow: true });
    expect(await flow.withPin('482915')).toEqual({ ok: true });
    expect(unlocked).toEqual([created, created]);
  });

  it('10 wrong PINs destroy the PIN wrapper, across reloads; recovery by escrow brings the same key back', async () => {
    const first = setup();
    await first.flow.setUp(escrowKey, { kind: 'pin', pin: '482915' });
    for (let i = 1; i <= 10; i += 1) {
      const reloaded = setup(first.storage, first.pin); // a reload between tries keeps the count
      expect(await reloaded.flow.withPin('000000')).toEqual({ ok: false, remaining: 10 - i });
    }
    expect(first.pin.destroyed).toBe(true);
    expect(await setup(first.storage, first.pin).flow.withPin('482915')).toEqual({ ok: false, remaining: 0 });
    const after = setup(first.storage, first.pin);
    await after.flow.recover(escrowKey, { kind: 'pin', pin: '735102' });
    expect(after.unlocked).toEqual([first.created]);
    expect(after.flow.remainingPinAttempts()).toBe(10);
    expect(await after.flow.withPin('735102')).toEqual({ ok: true });
  });

  it('a PIN wrapper that destroys itself on opening (its pepper is gone) leaves only recovery', async () => {
    const pin = fakePin();
    const { flow } = setup(undefined, { ...pin, open: async () => { pin.destroy(); throw new Error('pepper gone'); } });
    await flow.setUp(escrowKey, { kind: 'pin', pin: '482915' });
    expect(await flow.withPin('482915')).toEqual({ ok: false, remaining: 0 });
    expect(flow.methods()).toEqual({ passkey: false, pin: false, escrow: true });
  });

  it('a right PIN resets the count', async () => {
    const { flow } = setup();
    await flow.setUp(escrowKey, { kind: 'pin', pin: '482915' });
    await flow.withPin('1');
    await flow.withPin('482915');
    expect(flow.remainingPinAttempts()).toBe(10);
  });

  it('recovery with another escrow key fails and unlocks nothing', async () => {
    const { flow, unlocked } = setup();
    await flow.setUp(escrowKey, { kind: 'pin', pin: '482915' });
    await expect(flow.recover(randomBytes(32).toString('base64url'), { kind: 'pin', pin: '1' })).rejects.toThrow();
    expect(unlocked).toHaveLength(1);
  });

  it('the lease asks for an online login', () => {
    const { flow } = setup();
    expect(flow.needsOnlineLogin(null)).toBe(true);
    expect(flow.needsOnlineLogin(-1000)).toBe(true);
    expect(flow.needsOnlineLogin(-999)).toBe(false);
  });
});
