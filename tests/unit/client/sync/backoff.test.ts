import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay } from '../../../../src/client/sync/backoff';

describe('backoffDelay', () => {
  it('doubles from the base with the lowest jitter', () => {
    const lowest = [1, 2, 3, 4, 5].map((n) => backoffDelay(n, () => 0));
    expect(lowest).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('stays between half and the whole of the undisturbed delay', () => {
    for (let failures = 1; failures <= 12; failures++) {
      const full = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (failures - 1));
      expect(backoffDelay(failures, () => 0)).toBe(full / 2);
      expect(backoffDelay(failures, () => 0.999_999)).toBe(full);
    }
  });

  it('never waits longer than the cap, however many failures', () => {
    expect(backoffDelay(1_000, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(9, () => 1)).toBe(BACKOFF_CAP_MS);
  });

  it('spreads devices that failed together', () => {
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const delays = new Set(Array.from({ length: 20 }, () => backoffDelay(6, random)));
    expect(delays.size).toBeGreaterThan(15);
  });
});
