import { describe, expect, it } from 'vitest';
import { unlockStore } from '../../../../src/client/db/unlock-store';
import { memoryStorage } from '../../../support/memory-storage';

describe('unlock store', () => {
  const escrow = { kind: 'escrow', v: 1, wrapped: { v: 1, iv: 'AAAAAAAAAAAAAAAA', sealed: 'AAAA' } } as const;

  it('keeps the wraps and the count, and clears all of it', () => {
    const storage = memoryStorage();
    const store = unlockStore(storage);
    store.saveEscrow(escrow);
    store.pinFailures.write(3);
    expect(unlockStore(storage).escrow()).toEqual(escrow);
    expect(unlockStore(storage).pinFailures.read()).toBe(3);
    store.clear();
    expect(storage.length).toBe(0);
  });

  it('a damaged value counts as missing, never as something else', () => {
    const storage = memoryStorage();
    storage.setItem('voordeur.unlock.escrow', '{"kind":"escrow","v":2}');
    storage.setItem('voordeur.unlock.passkey', 'not json');
    expect(unlockStore(storage).escrow()).toBeNull();
    expect(unlockStore(storage).passkey()).toBeNull();
  });
});

describe('unlock store: the PIN wrap (the one place for every wrap)', () => {
  const pin = { kind: 'pin', v: 1, params: { memoryKiB: 8, iterations: 1, parallelism: 1 }, salt: new Uint8Array([1, 2, 3]), iv: new Uint8Array([4, 5]), ct: new Uint8Array([6, 7, 8, 9]) } as const;

  it('keeps the PIN wrap as text, reads it back as bytes, forgets it, and a wipe clears it', () => {
    const storage = memoryStorage();
    const store = unlockStore(storage);
    store.savePin(pin);
    expect(storage.getItem('voordeur.unlock.pin')).not.toContain('"0"');
    expect(unlockStore(storage).pin()).toEqual(pin);
    store.forgetPin();
    expect(unlockStore(storage).pin()).toBeNull();
    store.savePin(pin);
    store.clear();
    expect(storage.length).toBe(0);
  });
});

describe('unlock store: per user', () => {
  const escrow = { kind: 'escrow', v: 1, wrapped: { v: 1, iv: 'AAAAAAAAAAAAAAAA', sealed: 'AAAA' } } as const;

  it('another user on this device has none of the first one’s wraps or count; a wipe clears both', () => {
    const storage = memoryStorage();
    unlockStore(storage, 'user-a').saveEscrow(escrow);
    unlockStore(storage, 'user-a').pinFailures.write(4);
    expect(unlockStore(storage, 'user-b').escrow()).toBeNull();
    expect(unlockStore(storage, 'user-b').pinFailures.read()).toBe(0);
    unlockStore(storage, 'user-b').saveEscrow(escrow);
    expect(unlockStore(storage, 'user-a').escrow()).toEqual(escrow);
    unlockStore(storage).clear();
    expect(storage.length).toBe(0);
  });
});
