/**
 * The sync stories behind the convergence property, spelled out step by step on the same
 * simulation. Device 0 is A, device 1 is B; both hold the household before going offline.
 */
import { describe, expect, it } from 'vitest';
import { MAX_CLOCK_DRIFT_MS } from '../../../src/domain/hlc';
import { SIM_HOUSEHOLD_ID, World, divergences, lostTexts, type BaseRevFrom } from './sim';

const A = 0;
const B = 1;
const REPORT_REASON = 2; // index into the household's editable fields

function typeReason(world: World, device: number): string {
  world.run({ kind: 'edit', device, target: 0, fields: [REPORT_REASON], value: 0, empty: false });
  return String(world.devices[device]!.local('households', SIM_HOUSEHOLD_ID)!.fields.reportReason);
}

const push = (world: World, device: number) =>
  world.run({ kind: 'push', device, size: 10, duplicate: false, loseAnswer: false });
const pull = (world: World, device: number) => world.run({ kind: 'pull', device, limit: 10, pages: 5 });

function outcome(world: World) {
  world.flush();
  expect(divergences(world)).toEqual([]);
  expect(lostTexts(world)).toEqual([]);
  const conflicts = [...world.server.records.values()].filter((r) => r.table === 'conflicts');
  return {
    value: world.server.records.get(`households/${SIM_HOUSEHOLD_ID}`)!.fields.reportReason,
    conflicts: conflicts.map((c) => c.fields.text).sort(),
  };
}

describe.each<BaseRevFrom>(['record', 'pull'])('sync stories (baseRev from %s)', (baseRevFrom) => {
  // B's clock runs 5 ms ahead, so B's stamps win unless A has seen them.
  const world = () => new World({ skewsMs: [0, 5], baseRevFrom });

  it.each([
    ['A pushes first', [A, B]],
    ['B pushes first', [B, A]],
  ])('two devices type concurrently from the same base (%s): the losing text becomes a conflict', (_name, order) => {
    const w = world();
    const a1 = typeReason(w, A);
    const b1 = typeReason(w, B);
    for (const d of order) push(w, d);
    expect(outcome(w)).toEqual({ value: b1, conflicts: [a1] });
  });

  it('a device that types twice before pushing only defends its last text', () => {
    const w = world();
    typeReason(w, A);
    const a2 = typeReason(w, A);
    const b1 = typeReason(w, B);
    push(w, A);
    push(w, B);
    expect(outcome(w)).toEqual({ value: b1, conflicts: [a2] });
  });

  it('a device that pulled the other text and then types makes no conflict', () => {
    const w = world();
    typeReason(w, B);
    push(w, B);
    pull(w, A);
    const a2 = typeReason(w, A);
    push(w, A);
    expect(outcome(w)).toEqual({ value: a2, conflicts: [] });
  });

  it('an unpushed text that hid a newer one does not let the next edit replace it unseen', () => {
    const w = world();
    const a1 = typeReason(w, A);
    const b1 = typeReason(w, B);
    push(w, B);
    pull(w, A); // B's text arrives while A's own change is unpushed: A keeps showing its own
    const a2 = typeReason(w, A);
    expect(outcome(w)).toEqual({ value: a2, conflicts: [a1, b1].sort() });
  });

  it('a text that loses to a clock far ahead is kept, even though its writer saw the other text', () => {
    const w = new World({ skewsMs: [0, 2 * MAX_CLOCK_DRIFT_MS], baseRevFrom });
    const b1 = typeReason(w, B);
    push(w, B);
    pull(w, A);
    const a2 = typeReason(w, A);
    push(w, A);
    expect(outcome(w)).toEqual({ value: b1, conflicts: [a2] });
  });
});
