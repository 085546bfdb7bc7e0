/**
 * What a batch of mutations in one push must keep, however the server spreads its work over
 * statements: order inside the batch, idempotency inside the batch, the cascade over records
 * the same batch wrote, several teams in one batch, and the per-mutation fallback.
 */
import type { RootOperationNode } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PUSH_BATCH } from '../../../src/domain/sync-protocol';
import { MAX_PARAMETERS } from '../../../src/server/store/chunks';
import { uuidv7 } from '../../../src/domain/ids';
import type { Store } from '../../../src/server/store/open-store';
import { insertRecords } from '../../../src/server/store/records';
import { pushMutations } from '../../../src/server/sync/push';
import { twoTeams } from '../helpers/accounts';
import { writeCounts } from '../helpers/counts';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { applied, revOf } from '../helpers/push-results';
import { fieldsOf, loadRecord } from '../helpers/records';
import { watchStatements } from '../helpers/statements';
import { storeKinds } from '../helpers/stores';

/** More mutations than fit in one statement's list of ids. */
const LARGE_BATCH = MAX_PARAMETERS + 100;

describe.each(storeKinds)('a push batch on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  let teamA: string;
  const device = new TestDevice();
  const anna = () => ({ userId: teams.anna, deviceSessionId: null });

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    teamA = teams.teamA.id;
  });
  afterEach(() => store.close());

  async function recordRows() {
    return store.db.selectFrom('records').select(['id', 'table_name', 'deleted', 'seq']).orderBy('seq').execute();
  }

  it('applies a mutation id that comes twice in one batch once, and answers the second as a duplicate', async () => {
    const h = newHousehold(device, teamA);
    const results = await pushMutations(store, anna(), [h.mutation, h.mutation]);
    expect(results[1]).toEqual({ ...results[0], status: 'duplicate' });
    const counts = await writeCounts(store);
    expect(counts).toMatchObject({ records: 1, mutations: 1, audit: 1 });
    expect(counts.seqs.find((s) => s.team_id === teamA)?.seq).toBe(1);
  });

  it('answers a duplicate with the record as the batch has left it so far', async () => {
    const h = newHousehold(device, teamA);
    const edit = device.put('households', h.id, { members: 'Twee volwassenen' }, { teamId: teamA, baseRev: 1 });
    const results = await pushMutations(store, anna(), [h.mutation, edit, h.mutation]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'duplicate']);
    expect(results[2]).toMatchObject({ record: { rev: 2, fields: { label: 'Dorpsstraat 1', members: 'Twee volwassenen' } } });
  });

  it('applies two edits of one record in order, and keeps the losing text of the concurrent one', async () => {
    const h = newHousehold(device, teamA);
    const target = { teamId: teamA, baseRev: 1 };
    const fromPhone = new TestDevice(Date.now() + 1000).put('households', h.id, { reportReason: 'Buren melden lawaai.' }, target);
    const fromTablet = new TestDevice(Date.now() + 2000).put('households', h.id, { reportReason: 'Post stapelt zich op.' }, target);
    const results = await pushMutations(store, anna(), [h.mutation, fromPhone, fromTablet]);
    expect(results.map(revOf)).toEqual([1, 2, 3]);
    // The tablet wrote over a text it had not seen: the phone's text becomes a conflict (seq 4).
    expect(applied(results[2]).fields.reportReason).toBe('Post stapelt zich op.');
    const conflicts = await store.db.selectFrom('records').selectAll().where('table_name', '=', 'conflicts').execute();
    expect(conflicts.map((c) => [c.seq, fieldsOf(store, c).text])).toEqual([[4, 'Buren melden lawaai.']]);
  });

  it('erases with a household the contacts the same batch added, and refuses a later one', async () => {
    const h = newHousehold(device, teamA);
    const before = newContact(device, teamA, h.id, 'Eerste bezoek.');
    const erase = device.delete('households', h.id, { teamId: teamA, baseRev: 1 });
    const after = newContact(device, teamA, h.id, 'Offline genoteerd.');
    const results = await pushMutations(store, anna(), [h.mutation, before.mutation, erase, after.mutation]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'rejected']);
    expect((await recordRows()).map((r) => [r.id, r.deleted, r.seq])).toEqual([
      [h.id, 1, 3],
      [before.id, 1, 4],
    ]);
  });

  it('refuses a contact whose household was refused earlier in the batch, and keeps the rest', async () => {
    const bad = newHousehold(device, teamA, '   ');
    const orphan = newContact(device, teamA, bad.id);
    const good = newHousehold(device, teamA);
    const results = await pushMutations(store, anna(), [bad.mutation, orphan.mutation, good.mutation]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'applied']);
    expect(results[1]).toMatchObject({ code: 'household-mismatch' });
    expect((await recordRows()).map((r) => r.id)).toEqual([good.id]);
  });

  it('counts each team of a mixed batch on its own', async () => {
    const cor = { userId: teams.cor, deviceSessionId: null };
    const [a1, b1, a2, b2] = [teamA, teams.teamB.id, teamA, teams.teamB.id].map((team) => newHousehold(device, team).mutation);
    const results = await pushMutations(store, cor, [a1!, b1!, a2!, b2!]);
    expect(results.map(revOf)).toEqual([1, 1, 2, 2]);
    expect((await writeCounts(store)).seqs.map((s) => s.seq)).toEqual([2, 2]);
  });

  it('handles a batch with more ids than fit in one statement, and its repeat', async () => {
    const households = Array.from({ length: LARGE_BATCH }, (_, i) => newHousehold(device, teamA, `Laan ${i}`).mutation);
    const first = await pushMutations(store, anna(), households);
    expect(first.map(revOf)).toEqual(households.map((_, i) => i + 1));
    const again = await pushMutations(store, anna(), households);
    expect(again).toEqual(first.map((result) => ({ ...result, status: 'duplicate' })));
    expect(await writeCounts(store)).toMatchObject({ records: LARGE_BATCH, mutations: LARGE_BATCH, audit: LARGE_BATCH });
  });

  it('when the batch transaction fails, applies each mutation in a transaction of its own', async () => {
    let failures = 1;
    // Fails the first write of a record, once: the batch rolls back and the fallback takes over.
    const failing = watchStatements(store, (statement) => {
      if (insertsInto(statement) === 'records' && failures-- > 0) throw new Error('disk full (test)');
    });
    const h = newHousehold(device, teamA);
    const c = newContact(device, teamA, h.id);
    const results = await pushMutations(failing, anna(), [h.mutation, c.mutation]);
    expect(results.map(revOf)).toEqual([1, 2]);
    expect(failures).toBeLessThan(0);
    expect(await writeCounts(store)).toMatchObject({ records: 2, mutations: 2, audit: 2 });
  });

  // Two transactions that each find an id free: the second must not write over the first's
  // record (PostgreSQL; SQLite runs one write transaction at a time).
  it.runIf(kind.name === 'postgres')('refuses a record id that another team creates at the same moment', async () => {
    const id = uuidv7();
    const theirs = { table: 'households' as const, id, teamId: teamA, householdId: null, fields: { label: 'Van team Noord' }, stamps: {}, fieldRevs: {}, deleted: false, rev: 1 };
    let commit = () => {};
    let written = () => {};
    const committing = new Promise<void>((resolve) => (commit = resolve));
    const hasWritten = new Promise<void>((resolve) => (written = resolve));
    const otherTransaction = store.db.transaction().execute(async (trx) => {
      await insertRecords(trx, store.sealer, [theirs], new Date());
      written();
      await committing;
    });
    await hasWritten;
    const bram = { userId: teams.bram, deviceSessionId: null };
    const pushing = pushMutations(store, bram, [device.put('households', id, { label: 'Van team Zuid' }, { teamId: teams.teamB.id })]);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the push has found the id free and waits on it
    commit();
    await otherTransaction;
    expect(await pushing).toMatchObject([{ status: 'rejected', code: 'forbidden' }]);
    expect(await loadRecord(store, id)).toMatchObject({ teamId: teamA, fields: { label: 'Van team Noord' } });
  });

  it('audits a batch with one row per household, action and table; the mutation log keeps each record', async () => {
    const h = newHousehold(device, teamA);
    const contacts = Array.from({ length: 5 }, () => newContact(device, teamA, h.id));
    const other = newHousehold(device, teamA);
    await pushMutations(store, anna(), [h.mutation, ...contacts.map((c) => c.mutation), other.mutation]);
    const rows = await store.db.selectFrom('audit_log').select(['household_id', 'action', 'table_name', 'record_id', 'user_id']).execute();
    const byKey = (r: (typeof rows)[number]) => `${r.household_id}|${r.table_name}`;
    expect(rows.sort((x, y) => byKey(x).localeCompare(byKey(y)))).toEqual(
      [
        { household_id: h.id, action: 'create', table_name: 'contacts', record_id: null, user_id: teams.anna },
        { household_id: h.id, action: 'create', table_name: 'households', record_id: h.id, user_id: teams.anna },
        { household_id: other.id, action: 'create', table_name: 'households', record_id: other.id, user_id: teams.anna },
      ].sort((x, y) => byKey(x).localeCompare(byKey(y))),
    );
    const logged = await store.db.selectFrom('mutations').select(['record_id', 'user_id']).where('household_id', '=', h.id).execute();
    expect(logged.map((m) => m.record_id).sort()).toEqual(contacts.map((c) => c.id).sort());
  });

  it('costs a few statements per batch, not a few per mutation', async () => {
    const households = Array.from({ length: 10 }, (_, i) => newHousehold(device, teamA, `Plein ${i}`));
    await pushMutations(store, anna(), households.map((h) => h.mutation));
    const batch = households.flatMap((h) => [
      device.put('households', h.id, { members: 'Twee volwassenen' }, { teamId: teamA, baseRev: 10 }),
      ...Array.from({ length: MAX_PUSH_BATCH / households.length - 1 }, () => newContact(device, teamA, h.id).mutation),
    ]);
    const writes: string[] = [];
    let statements = 0;
    const watched = watchStatements(store, (s) => void (s.kind === 'InsertQueryNode' && writes.push(insertsInto(s) ?? '?')), () => statements++);
    const results = await pushMutations(watched, anna(), batch);
    expect(results.filter((r) => r.status === 'applied')).toHaveLength(MAX_PUSH_BATCH);
    // Reads: memberships, team counters, mutation log, records, the user's organisation, erased
    // households, the audit chain head (with the role). Writes: new records, changed records, the
    // team counter, the mutation log, the audit entries and the chain head (on PostgreSQL these
    // six are one statement).
    expect(writes).toEqual(['records', 'records', 'team_counters', 'mutations', 'audit_log', 'audit_chain_heads']);
    expect(statements).toBe(kind.name === 'postgres' ? 8 : 13);
  });
});

function insertsInto(statement: RootOperationNode): string | undefined {
  return statement.kind === 'InsertQueryNode' ? statement.into?.table.identifier.name : undefined;
}
