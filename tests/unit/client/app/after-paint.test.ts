import { afterEach, describe, expect, it } from 'vitest';
import { onceUnlocked } from '../../../../src/client/app/after-paint';
import { createDataKey, lock, unlockWith } from '../../../../src/client/crypto/key-ring';

afterEach(() => lock());

describe('onceUnlocked (what opened locked waits for: the sync engine)', () => {
  it('waits while locked and runs once, at the first unlock', async () => {
    lock();
    let runs = 0;
    onceUnlocked(() => (runs += 1));
    expect(runs).toBe(0);
    await unlockWith(createDataKey());
    expect(runs).toBe(1);
    lock();
    await unlockWith(createDataKey());
    expect(runs).toBe(1);
  });

  it('runs at once when the key is already in memory', async () => {
    await unlockWith(createDataKey());
    let runs = 0;
    onceUnlocked(() => (runs += 1));
    expect(runs).toBe(1);
  });
});
