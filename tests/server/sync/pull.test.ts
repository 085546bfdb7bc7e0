import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mutation, SyncRecord } from '../../../src/domain/sync-protocol';
import type { Store } from '../../../src/server/store/open-store';
import { pullChanges, type PullInput } from '../../../src/server/sync/pull';
import { purgeTombstones } from '../../../src/server/sync/purge';
import { pushMutations } from '../../../src/server/sync/push';
import { twoTeams } from '../helpers/accounts';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('pullChanges on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  const device = new TestDevice();
  const actor = (userId: string) => ({ userId, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
  });
  afterEach(() => store.close());

  async function pushAll(userId: string, mutations: Mutation[]) {
    for (let i = 0; i < mutations.length; i += 200) await pushMutations(store, actor(userId), mutations.slice(i, i + 200));
  }

  async function pull(userId: string, input: PullInput) {
    const outcome = await pullChanges(store, actor(userId), input);
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.response;
  }

  it('a device far behind catches up page by page: 1,200 changes in pages of 500, in order, no gaps, no repeats', async () => {
    const households = Array.from({ length: 1200 }, (_, i) => newHousehold(device, teams.teamA.id, `Straat ${i}`));
    await pushAll(teams.anna, households.map((h) => h.mutation));
    const seen: SyncRecord[] = [];
    const pages: number[] = [];
    const remaining: (number | undefined)[] = [];
    let cursor = 0;
    for (;;) {
      const page = await pull(teams.anna, { teamId: teams.teamA.id, cursor, limit: 500 });
      seen.push(...page.records);
      pages.push(page.records.length);
      remaining.push(page.remaining);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(pages).toEqual([500, 500, 200]);
    // What is still to come after each page, so a device can show "500 van 1.200".
    expect(remaining).toEqual([700, 200, 0]);
    expect(seen.map((r) => r.rev)).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    expect(new Set(seen.map((r) => r.id)).size).toBe(1200);
    expect(cursor).toBe(1200);
    const empty = await pull(teams.anna, { teamId: teams.teamA.id, cursor, limit: 500 });
    expect(empty).toEqual({ records: [], cursor: 1200, hasMore: false, remaining: 0 });
  });

  it('only the changes of the asked team, and only for its members', async () => {
    await pushAll(teams.anna, [newHousehold(device, teams.teamA.id, 'Noord 1').mutation]);
    await pushAll(teams.bram, [newHousehold(device, teams.teamB.id, 'Zuid 1').mutation]);
    const page = await pull(teams.anna, { teamId: teams.teamA.id, cursor: 0, limit: 500 });
    expect(page.records.map((r) => r.fields.label)).toEqual(['Noord 1']);
    expect(await pullChanges(store, actor(teams.anna), { teamId: teams.teamB.id, cursor: 0, limit: 500 })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });

  it('a changed record comes again with its new revision; a record shows once per page', async () => {
    const h = newHousehold(device, teams.teamA.id);
    await pushAll(teams.anna, [h.mutation]);
    await pushAll(teams.anna, [device.put('households', h.id, { members: 'Drie' }, { teamId: teams.teamA.id, baseRev: 1 })]);
    const page = await pull(teams.anna, { teamId: teams.teamA.id, cursor: 0, limit: 500 });
    expect(page.records).toHaveLength(1);
    expect(page.records[0]).toMatchObject({ rev: 2, fields: { label: 'Dorpsstraat 1', members: 'Drie' } });
  });

  it('writes one read entry per household of a page to the audit log', async () => {
    const h = newHousehold(device, teams.teamA.id);
    await pushAll(teams.anna, [h.mutation, newContact(device, teams.teamA.id, h.id).mutation, newContact(device, teams.teamA.id, h.id).mutation]);
    await pull(teams.cor, { teamId: teams.teamA.id, cursor: 0, limit: 500 });
    const reads = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'read').execute();
    expect(reads).toMatchObject([{ user_id: teams.cor, team_id: teams.teamA.id, household_id: h.id }]);
  });

  describe('resync', () => {
    const DAY = 86_400_000;

    it('a cursor older than purged tombstones must resync; a fresh download still works', async () => {
      const old = newHousehold(device, teams.teamA.id);
      await pushAll(teams.anna, [old.mutation, device.delete('households', old.id, { teamId: teams.teamA.id, baseRev: 1 })]);
      const keep = newHousehold(device, teams.teamA.id, 'Blijft');
      await pushAll(teams.anna, [keep.mutation]);
      const reports = await purgeTombstones(store, new Date(Date.now() + DAY));
      expect(reports.find((r) => r.teamId === teams.teamA.id)).toMatchObject({ tombstones: 1, horizon: 2 });

      const tooOld = await pullChanges(store, actor(teams.anna), { teamId: teams.teamA.id, cursor: 1, limit: 500 });
      expect(tooOld).toEqual({ ok: false, reason: 'resync-required' });
      expect((await pull(teams.anna, { teamId: teams.teamA.id, cursor: 2, limit: 500 })).records).toHaveLength(1);
      const fresh = await pull(teams.anna, { teamId: teams.teamA.id, cursor: 0, limit: 500 });
      expect(fresh.records.map((r) => r.fields.label)).toEqual(['Blijft']);
    });

    it('keeps tombstones younger than the retention', async () => {
      const h = newHousehold(device, teams.teamA.id);
      await pushAll(teams.anna, [h.mutation, device.delete('households', h.id, { teamId: teams.teamA.id, baseRev: 1 })]);
      await purgeTombstones(store, new Date(Date.now() - DAY));
      expect((await pull(teams.anna, { teamId: teams.teamA.id, cursor: 1, limit: 500 })).records).toMatchObject([{ id: h.id, deleted: true }]);
    });

    it('a cursor beyond anything the server handed out (a restored backup) must resync', async () => {
      await pushAll(teams.anna, [newHousehold(device, teams.teamA.id).mutation]);
      expect(await pullChanges(store, actor(teams.anna), { teamId: teams.teamA.id, cursor: 5, limit: 500 })).toEqual({
        ok: false,
        reason: 'resync-required',
      });
    });

    it('after the purge, a repeated old push does not bring the record back', async () => {
      const h = newHousehold(device, teams.teamA.id);
      await pushAll(teams.anna, [h.mutation, device.delete('households', h.id, { teamId: teams.teamA.id, baseRev: 1 })]);
      await purgeTombstones(store, new Date(Date.now() + DAY));
      const [again] = await pushMutations(store, actor(teams.anna), [h.mutation]);
      expect(again).toMatchObject({ status: 'duplicate', record: { id: h.id, deleted: true, fields: {}, rev: 1 } });
      expect(await store.db.selectFrom('records').selectAll().execute()).toEqual([]);
    });
  });
});
