import type { PushResult } from '../../../src/domain/sync-protocol';

/** The record of an applied result; fails the test on any other answer. */
export function applied(result: PushResult | undefined) {
  if (result?.status !== 'applied') throw new Error(`expected applied, got ${JSON.stringify(result)}`);
  return result.record;
}

/** The revision a result answered with (0 for a rejection). */
export function revOf(result: PushResult | undefined): number {
  return result?.status === 'applied' || result?.status === 'duplicate' ? result.record.rev : 0;
}
