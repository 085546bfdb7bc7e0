/**
 * Record identity under hostile ids (issue 6, holes 1 and 2): a conflict record the server makes
 * can never land in a record a client made, and a team's deterministic ids (map entries) cannot
 * be taken by another team first.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { mapEntryId } from '../../../src/domain/records/map-entries';
import { validateFields } from '../../../src/domain/records/validate';
import type { Mutation } from '../../../src/domain/sync-protocol';
import type { Store } from '../../../src/server/store/open-store';
import { conflictId } from '../../../src/domain/merge';
import { insertRecords, toServerRecord } from '../../../src/server/store/records';
import { pushMutations } from '../../../src/server/sync/push';
import { twoTeams } from '../helpers/accounts';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { applied } from '../helpers/push-results';
import { fieldsOf, loadRecord } from '../helpers/records';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('record identity on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  const actor = (userId: string) => ({ userId, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
  });
  afterEach(() => store.close());

  /** Every stored record passes the domain's field rules, and its conflicts are real conflicts. */
  async function expectEveryRecordValid(): Promise<void> {
    const rows = await store.db.selectFrom('records').selectAll().execute();
    for (const record of rows.map((row) => toServerRecord(row, store.sealer))) {
      expect(validateFields(record.table, record.fields, !record.deleted), `${record.table} ${record.id}`).toMatchObject({ ok: true });
    }
  }

  /** A household with a report reason from one device, and a concurrent edit of it from another with mutation id `mutationId`. */
  async function concurrentEdit(userId: string, teamId: string, mutationId: string) {
    const first = new TestDevice(Date.now() + 1000);
    const h = newHousehold(first, teamId);
    const target = { teamId, baseRev: 0 };
    const winner = first.put('households', h.id, { reportReason: 'Buren melden lawaai.' }, target);
    await pushMutations(store, actor(userId), [h.mutation, winner]);
    const loser: Mutation = { ...new TestDevice(Date.now()).put('households', h.id, { reportReason: 'Post stapelt zich op.' }, target), mutationId };
    return { household: h, loser };
  }

  it('a conflict never lands in a contact that took the id the server would give it', async () => {
    const mutationId = uuidv7();
    const { household, loser } = await concurrentEdit(teams.bram, teams.teamB.id, mutationId);
    const squatter = newContact(new TestDevice(), teams.teamB.id, household.id, 'Gewoon een notitie.');
    const squat = { ...squatter.mutation, recordId: `${mutationId}.0` };
    await pushMutations(store, actor(teams.bram), [squat]);

    const [result] = await pushMutations(store, actor(teams.bram), [loser]);
    expect(result?.status).toBe('applied');
    const contact = await loadRecord(store, `${mutationId}.0`);
    if (contact) expect(contact).toMatchObject({ table: 'contacts', fields: { note: 'Gewoon een notitie.' } });
    const conflicts = await store.db.selectFrom('records').selectAll().where('table_name', '=', 'conflicts').execute();
    expect(conflicts).toHaveLength(1);
    expect(fieldsOf(store, conflicts[0]!)).toMatchObject({ text: 'Post stapelt zich op.', recordId: household.id });
    await expectEveryRecordValid();
  });

  it("another team's record at the conflict id neither fails the push nor receives the losing text", async () => {
    const mutationId = uuidv7();
    const { loser } = await concurrentEdit(teams.cor, teams.teamB.id, mutationId);
    const inA = newHousehold(new TestDevice(), teams.teamA.id);
    const squatter = newContact(new TestDevice(), teams.teamA.id, inA.id, 'Notitie van team Noord.');
    await pushMutations(store, actor(teams.cor), [inA.mutation, { ...squatter.mutation, recordId: `${mutationId}.0` }]);

    // With a team-A mutation in the same batch, team A's counter is locked too.
    const alsoA = new TestDevice().put('households', inA.id, { label: 'Andere straat 3' }, { teamId: teams.teamA.id, baseRev: 1 });
    const results = await pushMutations(store, actor(teams.cor), [loser, alsoA]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const contact = await loadRecord(store, `${mutationId}.0`);
    if (contact) expect(contact).toMatchObject({ teamId: teams.teamA.id, table: 'contacts', fields: { note: 'Notitie van team Noord.' } });
    const conflicts = await store.db.selectFrom('records').selectAll().where('table_name', '=', 'conflicts').execute();
    expect(conflicts).toMatchObject([{ team_id: teams.teamB.id }]);
    expect(fieldsOf(store, conflicts[0]!)).toMatchObject({ text: 'Post stapelt zich op.' });
    await expectEveryRecordValid();
  });

  it('the same, with no team-A mutation in the batch', async () => {
    const mutationId = uuidv7();
    const { loser } = await concurrentEdit(teams.cor, teams.teamB.id, mutationId);
    const inA = newHousehold(new TestDevice(), teams.teamA.id);
    const squatter = newContact(new TestDevice(), teams.teamA.id, inA.id, 'Notitie van team Noord.');
    await pushMutations(store, actor(teams.cor), [inA.mutation, { ...squatter.mutation, recordId: `${mutationId}.0` }]);
    const [result] = await pushMutations(store, actor(teams.cor), [loser]);
    expect(result?.status).toBe('applied');
    const conflicts = await store.db.selectFrom('records').selectAll().where('table_name', '=', 'conflicts').execute();
    expect(conflicts).toMatchObject([{ team_id: teams.teamB.id }]);
  });

  it('a record found at a conflict id anyway (older data) is never written into: the mutation is refused', async () => {
    const mutationId = uuidv7();
    const { loser } = await concurrentEdit(teams.cor, teams.teamB.id, mutationId);
    const inA = newHousehold(new TestDevice(), teams.teamA.id);
    await pushMutations(store, actor(teams.cor), [inA.mutation]);
    const planted = { ...toServerRecord(await rowOf(inA.id), store.sealer), table: 'contacts' as const, id: conflictId(mutationId, 0), householdId: inA.id, rev: 99 };
    await insertRecords(store.db, store.sealer, [{ ...planted, fields: { channel: 'huisbezoek', startedAt: '2026-03-02T10:00:00+01:00' }, stamps: {}, fieldRevs: {} }], new Date());
    const [result] = await pushMutations(store, actor(teams.cor), [loser]);
    expect(result).toMatchObject({ status: 'rejected', code: 'invalid' });
    expect(await loadRecord(store, planted.id)).toMatchObject({ teamId: teams.teamA.id, table: 'contacts', fields: { channel: 'huisbezoek' } });
    await expectEveryRecordValid();
  });

  const rowOf = (id: string) => store.db.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('a device cannot create a record with an id of the server', async () => {
    const h = newHousehold(new TestDevice(), teams.teamA.id);
    await pushMutations(store, actor(teams.anna), [h.mutation]);
    const device = new TestDevice();
    const asConflict = device.put(
      'conflicts',
      `srv.${uuidv7()}.0`,
      { table: 'households', recordId: h.id, field: 'reportReason', text: 'Verzonnen.', losingHlc: h.mutation.hlc, resolved: false },
      { teamId: teams.teamA.id, householdId: h.id },
    );
    const asContact = { ...newContact(device, teams.teamA.id, h.id).mutation, recordId: `srv.${uuidv7()}.0` };
    const results = await pushMutations(store, actor(teams.anna), [asConflict, asContact]);
    expect(results).toMatchObject([
      { status: 'rejected', code: 'invalid' },
      { status: 'rejected', code: 'invalid' },
    ]);
  });

  it("another team's squat of a map entry id changes nothing for the team of the household", async () => {
    const own = newHousehold(new TestDevice(), teams.teamA.id);
    await pushMutations(store, actor(teams.anna), [own.mutation]);
    const theirs = newHousehold(new TestDevice(), teams.teamB.id);
    const entryId = mapEntryId(own.id, 'inkomen');
    const squat = new TestDevice().put('mapEntries', entryId, { subdomainId: 'inkomen', situation: 'Gekaapt.' }, { teamId: teams.teamB.id, householdId: theirs.id });
    const [, squatResult] = await pushMutations(store, actor(teams.bram), [theirs.mutation, squat]);
    expect(squatResult).toMatchObject({ status: 'rejected', code: 'invalid' });

    const entry = new TestDevice().put('mapEntries', entryId, { subdomainId: 'inkomen', situation: 'Geen vast inkomen.' }, { teamId: teams.teamA.id, householdId: own.id });
    const [result] = await pushMutations(store, actor(teams.anna), [entry]);
    expect(applied(result)).toMatchObject({ teamId: teams.teamA.id, householdId: own.id, fields: { situation: 'Geen vast inkomen.' } });
  });

  it('an id that embeds another household of the same team is refused too', async () => {
    const first = newHousehold(new TestDevice(), teams.teamA.id);
    const second = newHousehold(new TestDevice(), teams.teamA.id);
    const entry = new TestDevice().put('mapEntries', mapEntryId(first.id, 'inkomen'), { subdomainId: 'inkomen' }, { teamId: teams.teamA.id, householdId: second.id });
    const results = await pushMutations(store, actor(teams.anna), [first.mutation, second.mutation, entry]);
    expect(results[2]).toMatchObject({ status: 'rejected', code: 'invalid' });
  });
});
