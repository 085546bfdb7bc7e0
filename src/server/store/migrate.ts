import { Migrator, sql, type MigrationResult } from 'kysely';
import { migrations } from './migrations';
import type { DialectName } from './open-store';
import type { Db } from './schema';

/**
 * Run every migration this database has not seen yet. Safe when several processes start at once.
 * `schema` (PostgreSQL): where the store lives (created when missing). Kysely looks for its
 * migration tables in every schema unless told which, so a second store in the same database
 * could find the first's.
 */
export async function migrateToLatest(db: Db, dialect: DialectName, schema?: string): Promise<MigrationResult[]> {
  return dialect === 'postgres' ? underAdvisoryLock(db, schema, () => migrate(db, schema)) : migrate(db, schema);
}

async function migrate(db: Db, schema: string | undefined): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}

/**
 * PostgreSQL: one process at a time migrates a schema, the others wait for it and then find
 * nothing left to do. Kysely's own lock cannot do this alone: its lock table is made with
 * "create table if not exists", and two of those at once make PostgreSQL log a duplicate key
 * (pg_type) for the loser, as does "create schema if not exists". The advisory lock is held by
 * one connection for the whole run (session level, so the migrator's own transactions on other
 * connections do not end it) and is keyed by schema, so stores in other schemas do not wait.
 */
async function underAdvisoryLock<T>(db: Db, schema: string | undefined, run: () => Promise<T>): Promise<T> {
  const key = `voordeur-migrations:${schema ?? 'default'}`;
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(hashtext(${key}))`.execute(connection);
    try {
      // The name was checked against a strict pattern in open-store.ts, so it is safe to put in the statement.
      if (schema) await sql.raw(`create schema if not exists "${schema}"`).execute(connection);
      return await run();
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(connection);
    }
  });
}
