/**
 * On PostgreSQL the server's role (APP_ROLE, set up by migration 005) may add to the audit trail
 * and read it, never change, delete or empty it. Proved by a login role without superuser that
 * is a member of the app role, connecting on its own (over TCP, with a password).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../../src/server/audit/audit-log';
import { APP_ROLE } from '../../../src/server/store/migrations/005_audit_chain';
import type { Store } from '../../../src/server/store/open-store';
import { twoTeams } from '../helpers/accounts';
import { dropPgSchema, hasPostgres, newPgSchemaName, openPostgresSchema } from '../helpers/stores';

describe.skipIf(!hasPostgres)('the app role on PostgreSQL', () => {
  const schema = newPgSchemaName();
  const login = `audit_probe_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(16).toString('hex');
  let store: Store;
  let admin: pg.Client;
  let app: pg.Client;

  beforeAll(async () => {
    store = await openPostgresSchema(schema);
    const teams = await twoTeams(store);
    await writeAudit(store.db, store.dialect, { userId: teams.anna, deviceSessionId: null }, [
      { teamId: teams.teamA.id, householdId: null, action: 'read', table: null, recordId: null },
    ], new Date());
    admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`create role ${login} login nosuperuser nocreaterole nocreatedb password '${password}' in role ${APP_ROLE}`);
    app = new pg.Client({ host: '127.0.0.1', port: 5432, database: admin.database, user: login, password, options: `-c search_path=${schema}` });
    await app.connect();
  });

  afterAll(async () => {
    await app?.end();
    await store?.close();
    await dropPgSchema(schema);
    await admin?.query(`drop role if exists ${login}`);
    await admin?.end();
  });

  it('is not a superuser, and can read the store and add to the trail', async () => {
    expect((await app.query('select rolsuper from pg_roles where rolname = current_user')).rows).toEqual([{ rolsuper: false }]);
    expect((await app.query('select count(*)::int as n from records')).rows).toEqual([{ n: 0 }]);
    await app.query(
      `insert into audit_chain_heads (team_id, seq, hash) values ('probe', 0, 'x') on conflict do nothing`,
    );
    expect((await app.query('select count(*)::int as n from audit_log')).rows).toEqual([{ n: 1 }]);
  });

  it.each([
    ['update', "update audit_log set user_id = 'someone else'"],
    ['delete', 'delete from audit_log'],
    ['truncate', 'truncate audit_log'],
  ])('is refused %s on the trail', async (_, statement) => {
    await expect(app.query(statement)).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/permission denied/) });
    expect((await admin.query(`select count(*)::int as n from "${schema}".audit_log`)).rows).toEqual([{ n: 1 }]);
  });
});
