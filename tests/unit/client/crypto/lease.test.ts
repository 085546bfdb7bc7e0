import { describe, expect, it } from 'vitest';
import { DEFAULT_LEASE_MS, leaseExpired } from '../../../../src/client/crypto/lease';

const HOUR = 3_600_000;

describe('offline lease', () => {
  it('asks for an online login after 72 hours without contact', () => {
    expect(DEFAULT_LEASE_MS).toBe(72 * HOUR);
    expect(leaseExpired(0, 72 * HOUR - 1)).toBe(false);
    expect(leaseExpired(0, 72 * HOUR)).toBe(true);
  });
  it('is configurable', () => expect(leaseExpired(0, 25 * HOUR, 24 * HOUR)).toBe(true));
  it('asks when contact is unknown or stamped in the future (a clock set back)', () => {
    expect(leaseExpired(null, 0)).toBe(true);
    expect(leaseExpired(10 * HOUR, 9 * HOUR)).toBe(true);
  });
});
