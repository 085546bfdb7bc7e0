import { afterEach, describe, expect, it, vi } from 'vitest';
import { RACED, retryWhenRaced } from '../../../../src/client/db/retry';

afterEach(() => {
  vi.useRealTimers();
});

/** An attempt that loses the race `losses` times, then commits. Records when each attempt ran. */
function racing(losses: number) {
  const startedAt: number[] = [];
  const attempt = async () => {
    startedAt.push(Date.now());
    return startedAt.length > losses ? 'committed' : RACED;
  };
  return { attempt, startedAt };
}

describe('retryWhenRaced', () => {
  it('returns the first result that is not RACED, without pausing when nothing raced', async () => {
    const { attempt, startedAt } = racing(0);
    expect(await retryWhenRaced(attempt, 'gave up')).toBe('committed');
    expect(startedAt).toHaveLength(1);
  });

  it('pauses longer after each lost race, so the other tab can finish its queue', async () => {
    vi.useFakeTimers({ now: 0 });
    const { attempt, startedAt } = racing(9);
    const done = retryWhenRaced(attempt, 'gave up');
    await vi.runAllTimersAsync();
    expect(await done).toBe('committed');
    expect(startedAt).toHaveLength(10);
    const pauses = startedAt.slice(1).map((t, i) => t - startedAt[i]!);
    // Pause i lies between half and all of min(2^i, 100) ms.
    pauses.forEach((pause, i) => {
      const cap = Math.min(100, 2 ** i);
      expect(pause).toBeGreaterThanOrEqual(Math.floor(cap / 2));
      expect(pause).toBeLessThanOrEqual(cap);
    });
    // Together long enough for another tab to drain a queue of writes (at least half of 327 ms).
    expect(startedAt.at(-1)! - startedAt[0]!).toBeGreaterThanOrEqual(160);
  });

  it('gives up with the given error after twelve lost races', async () => {
    vi.useFakeTimers();
    const { attempt, startedAt } = racing(Infinity);
    const done = retryWhenRaced(attempt, 'Record kept changing');
    const outcome = expect(done).rejects.toThrow('Record kept changing');
    await vi.runAllTimersAsync();
    await outcome;
    expect(startedAt).toHaveLength(12);
  });
});
