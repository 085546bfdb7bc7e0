import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  World,
  divergences,
  hiddenPendingWrites,
  idempotencyViolations,
  lostTexts,
  scheduleArb,
  type Schedule,
} from './sim';

/** CI default; raise it locally (CONVERGENCE_RUNS=50000) when changing the merge rules. */
const NUM_RUNS = Number(process.env.CONVERGENCE_RUNS ?? 3000);
/** About 2 ms per run on one core; generous, since CI shares its two cores with other suites. */
const TIMEOUT_MS = Math.max(120_000, NUM_RUNS * 25);

/** Run a schedule; after every step a device must still show its own unpushed writes. */
function runSchedule({ skewsMs, baseRevFrom, steps }: Schedule): World {
  const world = new World({ skewsMs, baseRevFrom });
  for (const step of steps) {
    world.run(step);
    expect(hiddenPendingWrites(world)).toEqual([]);
  }
  world.flush();
  return world;
}

describe('sync convergence (simulated server and devices)', () => {
  it('converges, loses no text, and ignores repeated pushes, for any schedule', () => {
    fc.assert(
      fc.property(scheduleArb, (schedule) => {
        const world = runSchedule(schedule);
        expect(world.server.anomalies).toEqual([]);
        expect(divergences(world)).toEqual([]);
        expect(lostTexts(world)).toEqual([]);
        expect(idempotencyViolations(world)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  }, TIMEOUT_MS);
});
