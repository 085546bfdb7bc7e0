import { describe, expect, it } from 'vitest';
import { StoreBusyError, withRetries } from '../../../src/server/store/transaction';

const failure = (code: string) => Object.assign(new Error(`db error ${code}`), { code });

/** A policy that records the waits instead of sleeping them. */
function recording(random = () => 1) {
  const waits: number[] = [];
  return { waits, policy: { random, sleep: async (ms: number) => void waits.push(ms) } };
}

describe('withRetries', () => {
  it('runs again after a serialization failure or a deadlock, and returns what the last run returned', async () => {
    const errors = [failure('40001'), failure('40P01')];
    const { waits, policy } = recording();
    let runs = 0;
    const result = await withRetries(async () => {
      runs += 1;
      const error = errors.shift();
      if (error) throw error;
      return 'klaar';
    }, policy);
    expect(result).toBe('klaar');
    expect(runs).toBe(3);
    expect(waits).toEqual([5, 10]);
  });

  it('waits a random part of a doubling delay, up to the cap, and gives up after the bound as StoreBusyError', async () => {
    const { waits, policy } = recording(() => 0.5);
    let runs = 0;
    const outcome = withRetries(async () => {
      runs += 1;
      throw failure('40001');
    }, policy);
    await expect(outcome).rejects.toBeInstanceOf(StoreBusyError);
    expect(runs).toBe(8);
    expect(waits).toEqual([2.5, 5, 10, 20, 40, 80, 160]);
  });

  it('does not retry a fault of the input, and hands back a unique key that stays taken as it is', async () => {
    let runs = 0;
    await expect(
      withRetries(async () => {
        runs += 1;
        throw failure('23502');
      }, recording().policy),
    ).rejects.toMatchObject({ code: '23502' });
    expect(runs).toBe(1);
    await expect(withRetries(async () => Promise.reject(failure('23505')), recording().policy)).rejects.toMatchObject({ code: '23505' });
  });
});
