import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { SCHEMA_VERSION } from '../../../src/domain/sync-protocol';
import type { Store } from '../../../src/server/store/open-store';
import { pushMutations } from '../../../src/server/sync/push';
import { twoTeams } from '../helpers/accounts';
import { writeCounts } from '../helpers/counts';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { applied, revOf } from '../helpers/push-results';
import { fieldsOf, loadRecord } from '../helpers/records';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('pushMutations on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  const device = new TestDevice();
  const anna = () => ({ userId: teams.anna, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
  });
  afterEach(() => store.close());

  it('applies a new household and answers with its server revision', async () => {
    const h = newHousehold(device, teams.teamA.id);
    const [result] = await pushMutations(store, anna(), [h.mutation]);
    const record = applied(result);
    expect(record).toMatchObject({ id: h.id, table: 'households', fields: { label: 'Dorpsstraat 1' }, rev: 1, deleted: false });
    expect(record.stamps.label).toBe(h.mutation.hlc);
    const audit = await store.db.selectFrom('audit_log').selectAll().execute();
    expect(audit).toMatchObject([{ action: 'create', household_id: h.id, user_id: teams.anna, table_name: 'households' }]);
  });

  it('is idempotent: the same push twice gives the same record and writes one row', async () => {
    const h = newHousehold(device, teams.teamA.id);
    const first = await pushMutations(store, anna(), [h.mutation]);
    const before = await writeCounts(store);
    const second = await pushMutations(store, anna(), [h.mutation]);
    expect(second[0]).toEqual({ ...first[0], status: 'duplicate' });
    expect(await writeCounts(store)).toEqual(before);
  });

  it('a repeat answers with the current record, so the device converges', async () => {
    const h = newHousehold(device, teams.teamA.id);
    await pushMutations(store, anna(), [h.mutation]);
    const other = new TestDevice(Date.now() + 1000);
    await pushMutations(store, anna(), [other.put('households', h.id, { label: 'Kerkstraat 2' }, { teamId: teams.teamA.id, baseRev: 1 })]);
    const [repeat] = await pushMutations(store, anna(), [h.mutation]);
    expect(repeat).toMatchObject({ status: 'duplicate', record: { fields: { label: 'Kerkstraat 2' }, rev: 2 } });
  });

  it('keeps the losing text of a concurrent edit as a conflict record', async () => {
    const h = newHousehold(device, teams.teamA.id);
    await pushMutations(store, anna(), [h.mutation]);
    const phone = new TestDevice(Date.now() + 1000);
    const tablet = new TestDevice(Date.now() + 2000);
    const target = { teamId: teams.teamA.id, baseRev: 1 };
    const fromPhone = phone.put('households', h.id, { reportReason: 'Buren melden lawaai.' }, target);
    const fromTablet = tablet.put('households', h.id, { reportReason: 'Post stapelt zich op.' }, target);
    await pushMutations(store, anna(), [fromTablet]);
    const [result] = await pushMutations(store, anna(), [fromPhone]);
    // The tablet's stamp is later, so its text stays; the phone's text becomes a conflict.
    expect(applied(result).fields.reportReason).toBe('Post stapelt zich op.');
    const conflicts = await store.db.selectFrom('records').selectAll().where('table_name', '=', 'conflicts').execute();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ team_id: teams.teamA.id, household_id: h.id, seq: 3 });
    expect(fieldsOf(store, conflicts[0]!)).toMatchObject({
      table: 'households',
      recordId: h.id,
      field: 'reportReason',
      text: 'Buren melden lawaai.',
      losingHlc: fromPhone.hlc,
      resolved: false,
    });
  });

  it('last writer wins on value fields without a conflict', async () => {
    const h = newHousehold(device, teams.teamA.id);
    await pushMutations(store, anna(), [h.mutation]);
    const early = new TestDevice(Date.now() + 1000).put('households', h.id, { consent: 'gegeven' }, { teamId: teams.teamA.id, baseRev: 1 });
    const late = new TestDevice(Date.now() + 2000).put('households', h.id, { consent: 'geweigerd' }, { teamId: teams.teamA.id, baseRev: 1 });
    await pushMutations(store, anna(), [late]);
    const [result] = await pushMutations(store, anna(), [early]);
    expect(applied(result).fields.consent).toBe('geweigerd');
    expect(await store.db.selectFrom('records').where('table_name', '=', 'conflicts').selectAll().execute()).toEqual([]);
  });

  it('a household delete tombstones all its records, without any personal data', async () => {
    const h = newHousehold(device, teams.teamA.id);
    const c1 = newContact(device, teams.teamA.id, h.id, 'Gesprek over de schulden.');
    const c2 = newContact(device, teams.teamA.id, h.id, 'Tweede bezoek.');
    await pushMutations(store, anna(), [h.mutation, c1.mutation, c2.mutation]);
    const [result] = await pushMutations(store, anna(), [device.delete('households', h.id, { teamId: teams.teamA.id, baseRev: 3 })]);
    expect(applied(result)).toMatchObject({ deleted: true, fields: {}, stamps: {}, rev: 4 });
    const rows = await store.db.selectFrom('records').selectAll().orderBy('seq').execute();
    expect(rows.map((r) => [r.id, r.deleted, r.seq])).toEqual([
      [h.id, 1, 4],
      [c1.id, 1, 5],
      [c2.id, 1, 6],
    ]);
    for (const row of rows) expect([fieldsOf(store, row), row.stamps, row.field_revs]).toEqual([{}, '{}', '{}']);
    // One audit row per household, action and table of the batch: the household by id, its
    // contact moments together (the cascade takes all of them; each tombstone is in records).
    const deletes = await store.db.selectFrom('audit_log').select(['household_id', 'table_name', 'record_id']).where('action', '=', 'delete').execute();
    expect(deletes.sort((x, y) => String(x.table_name).localeCompare(String(y.table_name)))).toEqual([
      { household_id: h.id, table_name: 'contacts', record_id: null },
      { household_id: h.id, table_name: 'households', record_id: h.id },
    ]);
  });

  it('refuses a write that arrives after its household was deleted, and stores nothing of it', async () => {
    const h = newHousehold(device, teams.teamA.id);
    await pushMutations(store, anna(), [h.mutation, device.delete('households', h.id, { teamId: teams.teamA.id, baseRev: 1 })]);
    const late = newContact(new TestDevice(), teams.teamA.id, h.id, 'Offline genoteerd.');
    const [result] = await pushMutations(store, anna(), [late.mutation]);
    expect(result).toMatchObject({ status: 'rejected', code: 'forbidden', message: expect.stringContaining('gewist') });
    expect(await loadRecord(store, late.id)).toBeUndefined();
  });

  it('runs a batch in order, so a contact may follow its new household', async () => {
    const h = newHousehold(device, teams.teamA.id);
    const c = newContact(device, teams.teamA.id, h.id);
    const results = await pushMutations(store, anna(), [h.mutation, c.mutation]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(applied(results[1]).rev).toBe(2);
  });

  it('fails per mutation: the good ones of a batch are kept', async () => {
    const h1 = newHousehold(device, teams.teamA.id, 'Laan 1');
    const bad = device.put('households', uuidv7(), { label: '   ' }, { teamId: teams.teamA.id });
    const h2 = newHousehold(device, teams.teamA.id, 'Laan 2');
    const results = await pushMutations(store, anna(), [h1.mutation, bad, h2.mutation]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    expect(results[1]).toMatchObject({ code: 'invalid', message: expect.stringContaining('Geef het huishouden een korte naam') });
    expect(await loadRecord(store, bad.recordId)).toBeUndefined();
    expect((await writeCounts(store)).records).toBe(2);
  });

  describe('refuses without writing anything', () => {
    async function expectRefused(mutationFor: () => Promise<ReturnType<TestDevice['put']>>, code: string, userId?: string) {
      const m = await mutationFor();
      const before = await writeCounts(store);
      const [result] = await pushMutations(store, { userId: userId ?? teams.anna, deviceSessionId: null }, [m]);
      expect(result).toMatchObject({ status: 'rejected', code, message: expect.any(String) });
      expect(await writeCounts(store)).toEqual(before);
    }

    it('a push to a team the user is not in', async () => {
      await expectRefused(async () => newHousehold(device, teams.teamB.id).mutation, 'forbidden');
    });

    it("a push to another team's record id, even when named as one's own team", async () => {
      const theirs = newHousehold(device, teams.teamB.id);
      await pushMutations(store, { userId: teams.bram, deviceSessionId: null }, [theirs.mutation]);
      await expectRefused(async () => device.put('households', theirs.id, { label: 'Overgenomen' }, { teamId: teams.teamA.id }), 'forbidden');
      expect((await loadRecord(store, theirs.id))?.fields.label).toBe('Dorpsstraat 1');
    });

    it("a contact in another team's household", async () => {
      const theirs = newHousehold(device, teams.teamB.id);
      await pushMutations(store, { userId: teams.bram, deviceSessionId: null }, [theirs.mutation]);
      await expectRefused(async () => newContact(device, teams.teamA.id, theirs.id).mutation, 'household-mismatch');
    });

    it('a contact that moves to another household', async () => {
      const h1 = newHousehold(device, teams.teamA.id);
      const h2 = newHousehold(device, teams.teamA.id);
      const c = newContact(device, teams.teamA.id, h1.id);
      await pushMutations(store, anna(), [h1.mutation, h2.mutation, c.mutation]);
      await expectRefused(async () => device.put('contacts', c.id, { note: 'x' }, { teamId: teams.teamA.id, householdId: h2.id }), 'household-mismatch');
    });

    it('a contact without a household', async () => {
      await expectRefused(async () => ({ ...newContact(device, teams.teamA.id, uuidv7()).mutation, householdId: null }), 'invalid');
    });

    it('a record id reused for another table', async () => {
      const h = newHousehold(device, teams.teamA.id);
      await pushMutations(store, anna(), [h.mutation]);
      await expectRefused(async () => ({ ...newContact(device, teams.teamA.id, h.id).mutation, recordId: h.id }), 'invalid');
    });

    it('unknown fields, wrong values and missing required fields', async () => {
      await expectRefused(async () => device.put('households', uuidv7(), { label: 'Laan 3', shoeSize: 44 }, { teamId: teams.teamA.id }), 'invalid');
      await expectRefused(async () => device.put('households', uuidv7(), { label: 'Laan 3', consent: 'misschien' }, { teamId: teams.teamA.id }), 'invalid');
      await expectRefused(async () => device.put('households', uuidv7(), { members: 'twee' }, { teamId: teams.teamA.id }), 'invalid');
    });

    it('a stamp from a clock more than a day ahead, which would win every later merge', async () => {
      const ahead = new TestDevice(Date.now() + 2 * 86_400_000);
      await expectRefused(async () => newHousehold(ahead, teams.teamA.id).mutation, 'invalid');
    });

    it('a mutation from a newer schema', async () => {
      await expectRefused(async () => ({ ...newHousehold(device, teams.teamA.id).mutation, schemaVersion: SCHEMA_VERSION + 1 }), 'schema-too-new');
    });
  });

  it('needs the required fields only when a record is created', async () => {
    const h = newHousehold(device, teams.teamA.id);
    await pushMutations(store, anna(), [h.mutation]);
    const [result] = await pushMutations(store, anna(), [device.put('households', h.id, { members: 'Twee volwassenen' }, { teamId: teams.teamA.id, baseRev: 1 })]);
    expect(applied(result).fields).toEqual({ label: 'Dorpsstraat 1', members: 'Twee volwassenen' });
  });

  it('gives a user in two teams access to both', async () => {
    const cor = { userId: teams.cor, deviceSessionId: null };
    const results = await pushMutations(store, cor, [newHousehold(device, teams.teamA.id).mutation, newHousehold(device, teams.teamB.id).mutation]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    // Each team counts its own changes.
    expect(results.map(revOf)).toEqual([1, 1]);
  });
});
