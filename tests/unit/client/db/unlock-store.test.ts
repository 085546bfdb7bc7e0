import { describe, expect, it } from 'vitest';
import { unlockStore } from '../../../../src/client/db/unlock-store';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

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
