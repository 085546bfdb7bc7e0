/** The steps of a generated schedule, and their fast-check arbitraries. */
import fc from 'fast-check';
import { MAX_CLOCK_DRIFT_MS } from '../../../../src/domain/hlc';

export type Step =
  | { kind: 'edit'; device: number; target: number; fields: number[]; value: number; empty: boolean }
  | { kind: 'create'; device: number }
  | { kind: 'delete'; device: number; target: number; household: boolean }
  | { kind: 'resolve'; device: number; target: number }
  | { kind: 'push'; device: number; size: number; duplicate: boolean; loseAnswer: boolean }
  | { kind: 'pull'; device: number; limit: number; pages: number }
  | { kind: 'time'; device: number; ms: number }
  | { kind: 'skew'; device: number; skewMs: number };

const device = fc.nat(3);
const rarely = fc.nat(4).map((n) => n === 0);

/**
 * Mostly a few milliseconds (so stamps collide and the counter and node decide), sometimes an
 * hour, and sometimes more than MAX_CLOCK_DRIFT_MS ahead (others then ignore its stamps).
 */
export const skewArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: -3_600_000, max: 3_600_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: MAX_CLOCK_DRIFT_MS + 1, max: 3 * MAX_CLOCK_DRIFT_MS }) },
);

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      device,
      target: fc.nat(7),
      fields: fc.array(fc.nat(3), { minLength: 1, maxLength: 2 }),
      value: fc.nat(3),
      empty: fc.nat(7).map((n) => n === 0),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('create' as const), device }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      device,
      target: fc.nat(7),
      household: fc.nat(9).map((n) => n === 0), // erasing the household erases its records too
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('resolve' as const), device, target: fc.nat(3) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('push' as const),
      device,
      size: fc.integer({ min: 1, max: 4 }),
      duplicate: rarely,
      loseAnswer: rarely,
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('pull' as const),
      device,
      limit: fc.integer({ min: 1, max: 4 }),
      pages: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('time' as const),
      device,
      ms: fc.oneof({ weight: 5, arbitrary: fc.nat(3) }, { weight: 1, arbitrary: fc.constant(600_000) }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('skew' as const), device, skewMs: skewArb }) },
);

export const scheduleArb = fc.record({
  skewsMs: fc.array(skewArb, { minLength: 2, maxLength: 4 }),
  baseRevFrom: fc.constantFrom('record' as const, 'pull' as const),
  steps: fc.array(stepArb, { minLength: 8, maxLength: 60, size: 'max' }),
});
export type Schedule = (typeof scheduleArb) extends fc.Arbitrary<infer T> ? T : never;
