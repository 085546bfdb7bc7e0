import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay, RETRY_AFTER_CAP_MS, retryDelay } from '../../../../src/client/sync/backoff';
import { retryAfterMs } from '../../../../src/client/sync/http';

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

describe('retryDelay', () => {
  it('waits at least as long as the server asked, and its own back-off when that is longer', () => {
    expect(retryDelay(1, 30_000, () => 0)).toBe(30_000);
    expect(retryDelay(8, 30_000, () => 0)).toBe(128_000);
    expect(retryDelay(1, null, () => 0)).toBe(1_000);
  });

  it('does not let a wrong header park the device for longer than the cap', () => {
    expect(retryDelay(1, 7 * 24 * 3_600_000, () => 0)).toBe(RETRY_AFTER_CAP_MS);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    expect(retryAfterMs('2', now)).toBe(2_000);
    expect(retryAfterMs(' 120 ', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 02 Mar 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('-5', now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });
});
