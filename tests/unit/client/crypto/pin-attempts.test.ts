import { describe, expect, it } from 'vitest';
import { attemptsLeftText, MAX_PIN_ATTEMPTS, pinAttempts, type CounterStore } from '../../../../src/client/crypto/pin-attempts';

/** A counter kept like localStorage: the same store read again by a new instance is a reload. */
function memoryStore(): CounterStore & { value: string | null } {
  const store = {
    value: null as string | null,
    read: () => (store.value === null ? 0 : Number(store.value)),
    write: (n: number) => void (store.value = String(n)),
  };
  return store;
}

describe('PIN attempt counter', () => {
  it('allows 10 wrong PINs, then no more; the count survives a reload', () => {
    const store = memoryStore();
    for (let i = 1; i <= 9; i += 1) {
      const attempts = pinAttempts(store); // a new instance each time: as after a reload
      expect(attempts.begin()).toBe(true);
      expect(attempts.exhausted()).toBe(false);
      expect(attempts.remaining()).toBe(MAX_PIN_ATTEMPTS - i);
    }
    const last = pinAttempts(store);
    expect(last.begin()).toBe(true);
    expect(last.exhausted()).toBe(true);
    expect(pinAttempts(store).begin()).toBe(false);
    expect(pinAttempts(store).remaining()).toBe(0);
  });

  it('counts a try that was cut off (the page closed before the check ended)', () => {
    const store = memoryStore();
    pinAttempts(store).begin();
    expect(pinAttempts(store).failures()).toBe(1);
  });

  it('a right PIN starts the count over', () => {
    const store = memoryStore();
    const attempts = pinAttempts(store);
    attempts.begin();
    attempts.begin();
    attempts.begin();
    attempts.succeeded();
    expect(attempts.remaining()).toBe(10);
  });

  it('an unreadable count counts as used up, never as fresh', () => {
    const store = memoryStore();
    store.value = 'garbage';
    expect(pinAttempts(store).begin()).toBe(false);
  });

  it('tells in plain Dutch how many tries are left', () => {
    expect(attemptsLeftText(3)).toBe('De pincode klopt niet. Je kunt het nog 3 keer proberen. Daarna werkt de pincode niet meer en moet je inloggen met je wachtwoord.');
    expect(attemptsLeftText(1)).toContain('nog 1 keer');
    expect(attemptsLeftText(0)).toContain('werkt niet meer');
  });
});
