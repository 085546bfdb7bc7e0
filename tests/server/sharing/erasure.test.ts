/**
 * Erasure everywhere: a beheerder erases a household; every record becomes a tombstone without
 * fields that devices pull (and purge on), the trail keeps that it happened, and a stale outbox
 * replayed later never brings anything back, also after the tombstones were purged.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/server/admin/run-cli';
import type { Store } from '../../../src/server/store/open-store';
import { purgeTombstones } from '../../../src/server/sync/purge';
import { pushMutations } from '../../../src/server/sync/push';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { fieldsOf } from '../helpers/records';
import { agreement, kernteam, pullAll, tokenFor } from '../helpers/sharing';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('erasing a household on $name', (kind) => {
  let store: Store;
  let team: Awaited<ReturnType<typeof kernteam>>;
  let api: TestApi;
  const now = new Date('2026-03-02T09:00:00Z');
  const as = (userId: string) => ({ userId, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    team = await kernteam(store);
    api = new TestApi({ store, clock: () => now });
  });
  afterEach(() => store.close());

  async function sharedHousehold() {
    const device = new TestDevice(now.getTime() - 60_000);
    const h = newHousehold(device, team.teamA.id, 'Dorpsstraat 1');
    const c = newContact(device, team.teamA.id, h.id, 'Vertrouwelijk verhaal.');
    const a = agreement(device, team.teamA.id, h.id, team.woning);
    await pushMutations(store, as(team.anna), [h.mutation, c.mutation, a.mutation], now);
    // The stale outbox: changes made offline before the erasure that arrive after it.
    const stale = [device.put('households', h.id, { label: 'Dorpsstraat 1', members: 'Terug?' }, { teamId: team.teamA.id, baseRev: 1 }), newContact(device, team.teamA.id, h.id, 'Laat').mutation];
    return { h, c, stale };
  }

  it('lets only a beheerder of the team erase, and answers another team like a household that does not exist', async () => {
    const { h } = await sharedHousehold();
    expect((await api.post(`/api/households/${h.id}/erase`, {}, await tokenFor(store, team.anna))).status).toBe(403);
    expect((await api.post(`/api/households/${h.id}/erase`, {}, await tokenFor(store, team.bram))).status).toBe(404);
    expect((await api.post(`/api/households/${h.id}/erase`, {}, await tokenFor(store, team.wim))).status).toBe(403);
    expect((await api.post('/api/households/not-an-id/erase', {}, await tokenFor(store, team.bea))).status).toBe(404);
    expect((await store.db.selectFrom('records').select('deleted').execute()).every((r) => r.deleted === 0)).toBe(true);
  });

  it('turns every record into a tombstone without contents that lead and partner devices receive, and audits the act without contents', async () => {
    const { h } = await sharedHousehold();
    const leadToken = await tokenFor(store, team.anna);
    const wimToken = await tokenFor(store, team.wim);
    const leadBefore = await pullAll(api, leadToken, team.teamA.id);
    const wimBefore = await pullAll(api, wimToken, team.teamA.id);
    const answer = await api.post(`/api/households/${h.id}/erase`, {}, await tokenFor(store, team.bea));
    expect(answer).toMatchObject({ status: 200, body: { erased: true, records: 3 } });

    const rows = await store.db.selectFrom('records').selectAll().execute();
    // Contents are sealed at rest: opened, a tombstone holds nothing.
    expect(rows.map((r) => [r.deleted, fieldsOf(store, r), r.stamps])).toEqual(rows.map(() => [1, {}, '{}']));
    expect(JSON.stringify(rows)).not.toContain('Vertrouwelijk');
    const leadAfter = await pullAll(api, leadToken, team.teamA.id, leadBefore.cursor);
    expect(leadAfter.records).toHaveLength(3);
    expect(leadAfter.records.every((r) => r.deleted && Object.keys(r.fields).length === 0)).toBe(true);
    expect((await pullAll(api, wimToken, team.teamA.id, wimBefore.cursor)).purge).toEqual([h.id]);

    const trail = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'erase').execute();
    expect(trail).toMatchObject([{ user_id: team.bea, household_id: h.id, team_id: team.teamA.id }]);
    expect(await store.db.selectFrom('erased_households').selectAll().execute()).toMatchObject([{ household_id: h.id, cause: 'erasure' }]);
  });

  it('refuses a stale outbox replayed after the erasure, also after the tombstones were purged, and re-creates nothing', async () => {
    const { h, stale } = await sharedHousehold();
    expect(await runCli(['erase-household', h.id, '--by', 'bea'], { env: {}, out: () => undefined, store })).toBe(0);
    const afterErase = await pushMutations(store, as(team.anna), stale, now);
    expect(afterErase.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(afterErase[0]).toMatchObject({ code: 'forbidden', message: expect.stringContaining('gewist') });

    await purgeTombstones(store, new Date('2100-01-01T00:00:00Z')); // the CLI erased at the real time
    expect(await store.db.selectFrom('records').selectAll().execute()).toEqual([]);
    const afterPurge = await pushMutations(store, as(team.anna), stale, now);
    expect(afterPurge.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await store.db.selectFrom('records').selectAll().execute()).toEqual([]);
  });

  it('the CLI refuses someone who is not a beheerder', async () => {
    const { h } = await sharedHousehold();
    const out: string[] = [];
    expect(await runCli(['erase-household', h.id, '--by', 'anna'], { env: {}, out: (l) => out.push(l), store })).toBe(2);
    expect(out.join('\n')).toContain('geen beheerder');
  });
});
