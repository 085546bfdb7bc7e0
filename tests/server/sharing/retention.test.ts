/** Retention on a fake clock: closed households are erased once the term since their closing day has passed. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/server/admin/run-cli';
import type { Store } from '../../../src/server/store/open-store';
import { RETENTION_ACTOR, runRetention, startRetentionTimer } from '../../../src/server/sharing/retention';
import { pushMutations } from '../../../src/server/sync/push';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { fieldsOf } from '../helpers/records';
import { kernteam } from '../helpers/sharing';
import { storeKinds } from '../helpers/stores';
import { eventually } from '../../support/eventually';

describe.each(storeKinds)('the retention job on $name', (kind) => {
  let store: Store;
  let team: Awaited<ReturnType<typeof kernteam>>;
  const pushedAt = new Date('2026-03-02T09:00:00Z');

  beforeEach(async () => {
    store = await kind.open();
    team = await kernteam(store);
  });
  afterEach(() => {
    vi.useRealTimers();
    return store.close();
  });

  async function households() {
    const device = new TestDevice(pushedAt.getTime() - 60_000);
    const closed = newHousehold(device, team.teamA.id, 'Gesloten 1');
    const open = newHousehold(device, team.teamA.id, 'Open 2');
    const note = newContact(device, team.teamA.id, closed.id, 'Oud verhaal.');
    const close = device.put('households', closed.id, { closedOn: '2026-03-01' }, { teamId: team.teamA.id, baseRev: 1 });
    // The teamleider closes (server/sharing/close-guard.ts: not any worker may).
    await pushMutations(store, { userId: team.cor, deviceSessionId: null }, [closed.mutation, open.mutation, note.mutation, close], pushedAt);
    return { closed, open };
  }

  it('keeps a closed household until its term has passed, then erases it and writes that in the trail', async () => {
    const { closed, open } = await households();
    expect((await runRetention(store, new Date('2027-03-01T12:00:00Z'), 365)).erased).toEqual([]);
    const report = await runRetention(store, new Date('2027-03-02T12:00:00Z'), 365);
    expect(report.erased).toEqual([{ teamId: team.teamA.id, householdId: closed.id, records: 2 }]);
    const rows = await store.db.selectFrom('records').selectAll().execute();
    expect(rows.find((r) => r.id === open.id)?.deleted).toBe(0);
    expect(rows.filter((r) => r.id !== open.id).map((r) => [r.deleted, fieldsOf(store, r)])).toEqual([[1, {}], [1, {}]]);
    const trail = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'retention').execute();
    expect(trail).toMatchObject([{ user_id: RETENTION_ACTOR.userId, household_id: closed.id, at: '2027-03-02T12:00:00.000Z' }]);
    expect((await runRetention(store, new Date('2028-01-01T00:00:00Z'), 365)).erased).toEqual([]);
  });

  it('counts from the latest closing day, and spares a household opened again', async () => {
    const { closed, open } = await households();
    const device = new TestDevice(pushedAt.getTime());
    // Opened again (closedOn null), and the other one closed later: neither is due a year after 1 March.
    const reopen = device.put('households', closed.id, { closedOn: null }, { teamId: team.teamA.id, baseRev: 2 });
    const closeLater = device.put('households', open.id, { closedOn: '2026-06-01' }, { teamId: team.teamA.id, baseRev: 1 });
    await pushMutations(store, { userId: team.cor, deviceSessionId: null }, [reopen, closeLater], pushedAt);
    expect((await runRetention(store, new Date('2027-03-05T12:00:00Z'), 365)).erased).toEqual([]);
    expect((await runRetention(store, new Date('2027-06-02T12:00:00Z'), 365)).erased).toMatchObject([{ householdId: open.id }]);
  });

  it('runs on the server\'s timer', async () => {
    const { closed } = await households();
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'] });
    let clock = new Date('2026-06-01T00:00:00Z');
    const runs: number[] = [];
    const timer = startRetentionTimer(store, { days: 365, intervalMs: 3_600_000, clock: () => clock, onError: (e) => { throw e; }, onRun: (r) => runs.push(r.erased.length) });
    await vi.advanceTimersByTimeAsync(60_000);
    await eventually(() => expect(runs).toEqual([0]));
    clock = new Date('2027-06-01T00:00:00Z');
    await vi.advanceTimersByTimeAsync(3_600_000);
    await eventually(() => expect(runs).toEqual([0, 1]));
    timer.stop();
    expect((await store.db.selectFrom('erased_households').selectAll().execute()).map((r) => [r.household_id, r.cause])).toEqual([[closed.id, 'retention']]);
  });

  it('npm run admin -- retention run erases with the given term', async () => {
    await households();
    const out: string[] = [];
    expect(await runCli(['retention', 'run', '--days', '1'], { env: {}, out: (l) => out.push(l), store })).toBe(0);
    expect(out.join('\n')).toContain('1 afgesloten huishouden(s) gewist');
  });
});
