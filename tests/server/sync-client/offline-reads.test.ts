import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyTeamChain } from '../../../src/server/audit/verify';
import type { Store } from '../../../src/server/store/open-store';
import { twoTeams } from '../helpers/accounts';
import { storeKinds } from '../helpers/stores';
import { logIn, newDevice, testApp, type App } from './harness';

/** A worker offline for days still leaves a complete trail: the reads sync after the changes. */
describe.each(storeKinds)('reads done offline on $name', (kind) => {
  let store: Store;
  let app: App;
  let teamId: string;

  beforeEach(async () => {
    store = await kind.open();
    app = testApp(store);
    teamId = (await twoTeams(store)).teamA.id;
  });
  afterEach(() => store.close());

  it('land in the trail with the time they happened on the device, after the household they name', async () => {
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    phone.wire.offline = true;
    const created = await phone.data.households.create(teamId, { label: 'Dorpsstraat 1', members: '', reportedBy: '', reportReason: '' });
    if (!created.ok) throw new Error('household not created');
    const days = (n: number) => new Date(Date.now() - n * 86_400_000);
    expect(await phone.data.access.record({ action: 'read', householdId: created.id, table: 'households', recordId: created.id }, days(3))).toBe(true);
    expect(await phone.data.access.record({ action: 'print', householdId: created.id, table: 'goals', recordId: null }, days(2))).toBe(true);
    // The same screen again a moment later is one access; a household not on the device was never shown.
    expect(await phone.data.access.record({ action: 'print', householdId: created.id, table: 'goals', recordId: null }, new Date(days(2).getTime() + 5000))).toBe(false);
    expect(await phone.data.access.record({ action: 'read', householdId: '0190a000-0000-7000-8000-00000000000f', table: 'households', recordId: null })).toBe(false);
    await phone.engine.syncNow();
    expect(await store.db.selectFrom('audit_log').selectAll().execute()).toHaveLength(0);

    phone.wire.offline = false;
    await phone.engine.syncNow();
    expect(phone.wire.requests.filter((p) => p.startsWith('/api/sync/push') || p === '/api/audit/device')).toEqual(['/api/sync/push', '/api/audit/device']);
    const rows = await store.db.selectFrom('audit_log').selectAll().where('source', '=', 'device').orderBy('occurred_at').execute();
    expect(rows.map((r) => [r.action, r.occurred_at.slice(0, 10)])).toEqual([
      ['read', days(3).toISOString().slice(0, 10)],
      ['print', days(2).toISOString().slice(0, 10)],
    ]);
    expect(rows.every((r) => r.at > r.occurred_at && r.device_session_id !== null)).toBe(true);
    expect(await phone.data.access.count()).toBe(0);
    expect((await verifyTeamChain(store.db, teamId)).broken).toBeUndefined();
  });

  it('count a search as one entry of the team, without what was typed, and refuse one for another team', async () => {
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    const at = new Date(Date.now() - 60_000);
    expect(await phone.data.access.recordSearch(teamId, at)).toBe(true);
    // The same search refined a moment later is the same search; a minute later a new one.
    expect(await phone.data.access.recordSearch(teamId, new Date(at.getTime() + 5_000))).toBe(false);
    expect(await phone.data.access.recordSearch(teamId, new Date(at.getTime() + 61_000))).toBe(true);
    await phone.engine.syncNow();
    const rows = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'search').execute();
    expect(rows).toMatchObject([
      { team_id: teamId, household_id: null, record_id: null, table_name: 'households', outcome: 'allowed', source: 'device' },
      { team_id: teamId, household_id: null, outcome: 'allowed' },
    ]);
    const other = (await store.db.selectFrom('teams').select('id').where('id', '!=', teamId).executeTakeFirstOrThrow()).id;
    expect(await phone.data.access.recordSearch(other)).toBe(true);
    await phone.engine.syncNow();
    expect(await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'search').where('outcome', '=', 'refused').execute()).toMatchObject([
      { team_id: other, reason: 'device-not-in-team' },
    ]);
  });
});
