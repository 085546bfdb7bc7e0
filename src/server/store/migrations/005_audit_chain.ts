import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { entryHash, GENESIS_HASH, type ChainedRow } from '../../audit/chain-hash';

/** The role the server should run as on PostgreSQL: it may add to the audit trail, never change it. */
export const APP_ROLE = 'voordeur_app';

/**
 * Issue 10: the NEN 7513 trail becomes complete and tamper-evident.
 * - Each entry says the user's role, the outcome of the access check (allowed / refused and why),
 *   when it happened (on the device, for reads done offline) next to when the server wrote it
 *   (`at`), and whether the server or a device reported it.
 * - Entries are hash-chained per team (`chain_seq`, `prev_hash`, `hash`; see audit/chain-hash.ts);
 *   `audit_chain_heads` holds each team's last link, locked by every writer (audit/chain.ts), so
 *   two writers can never fork a chain. Entries written before this migration are chained here,
 *   in the order they were written.
 * - The trail is append-only: triggers refuse UPDATE and DELETE on both dialects; on PostgreSQL
 *   the app role (APP_ROLE) gets no UPDATE, DELETE or TRUNCATE on it either.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = dialectOf(db);
  for (const [column, type] of [
    ['role', 'text'],
    ['reason', 'text'],
    ['occurred_at', 'text'],
    ['device_entry_id', 'text'],
    ['prev_hash', 'text'],
    ['hash', 'text'],
  ] as const) {
    await db.schema.alterTable('audit_log').addColumn(column, type).execute();
  }
  await db.schema.alterTable('audit_log').addColumn('outcome', 'text', (c) => c.notNull().defaultTo('allowed')).execute();
  await db.schema.alterTable('audit_log').addColumn('source', 'text', (c) => c.notNull().defaultTo('server')).execute();
  await db.schema.alterTable('audit_log').addColumn('chain_seq', 'integer').execute();

  await db.schema
    .createTable('audit_chain_heads')
    .addColumn('team_id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();

  await chainExisting(db as Kysely<LegacyDb>);

  await db.schema.createIndex('audit_log_chain').on('audit_log').columns(['team_id', 'chain_seq']).unique().execute();
  // A device reports each of its entries once; a replayed outbox is recognised (per user, so no
  // one can block another user's entries by sending their ids first).
  await db.schema.createIndex('audit_log_device_entry').on('audit_log').columns(['user_id', 'device_entry_id']).unique().execute();
  await db.schema.createIndex('audit_log_team_time').on('audit_log').columns(['team_id', 'occurred_at']).execute();

  if (dialect === 'sqlite') await sqliteAppendOnly(db);
  else await postgresAppendOnly(db);
}

interface LegacyDb {
  audit_log: ChainedRow & { hash: string | null; prev_hash: string | null; chain_seq: number | null; occurred_at: string | null };
  audit_chain_heads: { team_id: string; seq: number; hash: string };
}

/** Chains the entries written before this migration, per team in the order of their (time-ordered) ids. */
async function chainExisting(db: Kysely<LegacyDb>): Promise<void> {
  const rows = await db.selectFrom('audit_log').selectAll().orderBy('team_id').orderBy('id').execute();
  const heads = new Map<string, { seq: number; hash: string }>();
  for (const row of rows) {
    const head = heads.get(row.team_id) ?? { seq: 0, hash: GENESIS_HASH };
    const chained: ChainedRow = { ...row, occurred_at: row.at, chain_seq: head.seq + 1, prev_hash: head.hash };
    const hash = entryHash(chained);
    await db
      .updateTable('audit_log')
      .set({ occurred_at: chained.occurred_at, chain_seq: chained.chain_seq, prev_hash: chained.prev_hash, hash })
      .where('id', '=', row.id)
      .execute();
    heads.set(row.team_id, { seq: chained.chain_seq, hash });
  }
  for (const [team_id, head] of heads) await db.insertInto('audit_chain_heads').values({ team_id, ...head }).execute();
}

async function sqliteAppendOnly(db: Kysely<unknown>): Promise<void> {
  for (const op of ['update', 'delete']) {
    await sql
      .raw(
        `create trigger audit_log_no_${op} before ${op} on audit_log ` +
          `begin select raise(abort, 'audit_log is append-only: ${op} refused'); end`,
      )
      .execute(db);
  }
}

async function postgresAppendOnly(db: Kysely<unknown>): Promise<void> {
  // The trigger holds even for the table's owner (who could otherwise grant itself anything).
  await sql`
    create or replace function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % refused', tg_op using errcode = '42501';
    end $$`.execute(db);
  await sql`create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only()`.execute(db);
  await sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only()`.execute(db);

  // The app role: made when missing (roles belong to the whole cluster), if the migrating role
  // may make roles; otherwise the DBA makes it (docs/security/audit.md). Its members get every
  // right on the store's tables except changing or emptying the trail.
  await sql.raw(`
    do $$ begin
      if not exists (select from pg_roles where rolname = '${APP_ROLE}') then
        create role ${APP_ROLE} nologin;
      end if;
    exception when insufficient_privilege then
      raise notice 'cannot create role ${APP_ROLE}: ask the DBA to create it';
    end $$`).execute(db);
  await sql.raw(`
    do $$
    declare s text := current_schema();
    begin
      if exists (select from pg_roles where rolname = '${APP_ROLE}') then
        execute format('revoke all on all tables in schema %I from public', s);
        execute format('grant usage on schema %I to ${APP_ROLE}', s);
        execute format('grant select, insert, update, delete on all tables in schema %I to ${APP_ROLE}', s);
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to ${APP_ROLE}', s);
        execute format('revoke update, delete, truncate on %I.audit_log from ${APP_ROLE}', s);
      end if;
    end $$`).execute(db);
}

/** Asked of the adapter, not by a probing query: a failed statement would abort PostgreSQL's migration transaction. */
function dialectOf(db: Kysely<unknown>): 'sqlite' | 'postgres' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
