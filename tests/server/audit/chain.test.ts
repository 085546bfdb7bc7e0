/**
 * The trail is a hash chain per team that no writer forks and no one can change unseen: verify
 * names the first broken link; the store refuses UPDATE and DELETE on it.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAudit, type AuditEntry } from '../../../src/server/audit/audit-log';
import { verifyTeamChain } from '../../../src/server/audit/verify';
import type { Store } from '../../../src/server/store/open-store';
import { pullChanges } from '../../../src/server/sync/pull';
import { pushMutations } from '../../../src/server/sync/push';
import { twoTeams } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('the audit chain on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  const anna = () => ({ userId: teams.anna, deviceSessionId: null });
  const read = (teamId: string, householdId: string | null = null): AuditEntry => ({ teamId, householdId, action: 'read', table: null, recordId: null });

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
  });
  afterEach(() => store.close());

  /** Changes the stored trail behind the app's back, the way someone with the database's owner rights could. */
  async function tamper(statement: string): Promise<void> {
    if (store.dialect === 'sqlite') {
      await sql.raw('drop trigger audit_log_no_update').execute(store.db);
      await sql.raw('drop trigger audit_log_no_delete').execute(store.db);
    } else {
      await sql.raw('alter table audit_log disable trigger user').execute(store.db);
    }
    await sql.raw(statement).execute(store.db);
  }

  it('chains every entry of a team to the one before it, apart from other teams', async () => {
    const device = new TestDevice();
    await pushMutations(store, anna(), [newHousehold(device, teams.teamA.id).mutation, newHousehold(device, teams.teamA.id).mutation]);
    await pullChanges(store, anna(), { teamId: teams.teamA.id, cursor: 0, limit: 100 });
    await writeAudit(store.db, store.dialect, { userId: teams.bram, deviceSessionId: null }, [read(teams.teamB.id)], new Date());
    const rows = await store.db.selectFrom('audit_log').selectAll().where('team_id', '=', teams.teamA.id).orderBy('chain_seq').execute();
    expect(rows.map((r) => r.chain_seq)).toEqual([1, 2, 3, 4]); // two creates, two reads (one per household)
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows[0]).toMatchObject({ role: 'medewerker', outcome: 'allowed', source: 'server', action: 'create', table_name: 'households' });
    expect(await verifyTeamChain(store.db, teams.teamA.id)).toEqual({ teamId: teams.teamA.id, entries: 4 });
    expect(await verifyTeamChain(store.db, teams.teamB.id)).toEqual({ teamId: teams.teamB.id, entries: 1 });
  });

  it('names the first broken link: a changed entry, a removed one, a removed last one', async () => {
    for (let i = 0; i < 5; i++) await writeAudit(store.db, store.dialect, anna(), [read(teams.teamA.id)], new Date());
    const third = await store.db.selectFrom('audit_log').select('id').where('chain_seq', '=', 3).executeTakeFirstOrThrow();
    await tamper(`update audit_log set user_id = '${teams.cor}' where chain_seq = 3`);
    expect((await verifyTeamChain(store.db, teams.teamA.id)).broken).toEqual({ chainSeq: 3, entryId: third.id, problem: 'hash-mismatch' });
    await sql.raw('delete from audit_log where chain_seq = 3').execute(store.db);
    expect((await verifyTeamChain(store.db, teams.teamA.id)).broken).toMatchObject({ chainSeq: 3, problem: 'seq-gap' });
    await sql.raw('delete from audit_log where chain_seq >= 3').execute(store.db);
    expect((await verifyTeamChain(store.db, teams.teamA.id)).broken).toEqual({ chainSeq: 3, entryId: null, problem: 'head-mismatch' });
  });

  it('refuses to change or delete an entry', async () => {
    await writeAudit(store.db, store.dialect, anna(), [read(teams.teamA.id)], new Date());
    await expect(store.db.updateTable('audit_log').set({ user_id: teams.cor }).execute()).rejects.toThrow(/append-only/);
    await expect(store.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    expect(await verifyTeamChain(store.db, teams.teamA.id)).toEqual({ teamId: teams.teamA.id, entries: 1 });
  });

  it('concurrent writers of one team never fork the chain', async () => {
    const writers = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0
        ? pushMutations(store, anna(), [newHousehold(new TestDevice(), teams.teamA.id).mutation])
        : writeAudit(store.db, store.dialect, anna(), [read(teams.teamA.id), read(teams.teamA.id)], new Date()),
    );
    await Promise.all(writers);
    expect(await verifyTeamChain(store.db, teams.teamA.id)).toEqual({ teamId: teams.teamA.id, entries: 4 + 8 * 2 });
  });

  it('an entry naming a team that does not exist goes into the account trail', async () => {
    const nowhere = '0190a000-0000-7000-8000-000000000000';
    await pullChanges(store, anna(), { teamId: nowhere, cursor: 0, limit: 10 });
    expect(await store.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
    const account = await store.db.selectFrom('account_audit').selectAll().where('action', '=', 'access-refused').execute();
    expect(account).toMatchObject([{ user_id: teams.anna, detail: expect.stringContaining('not-in-team') }]);
  });
});
