// Stores for server measures: SQLite in a temp file (so commits pay the fsync a real server
// pays) and PostgreSQL in a schema of its own, both removed again on close. PostgreSQL comes from
// BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL; without one the PG rows say "skipped".
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { isPostgresUrl, openStore, type Store } from '../../../src/server/store/open-store';

/** A store that removes what it made when closed. */
export type OpenBenchStore = () => Promise<Store>;

export function sqliteInTempDir(prefix: string): OpenBenchStore {
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), `voordeur-bench-${prefix}-`));
    const store = await openStore({ sqliteFile: join(dir, 'voordeur.sqlite') });
    return { ...store, close: () => store.close().finally(() => rm(dir, { recursive: true, force: true })) };
  };
}

export function postgresSchema(databaseUrl: string): OpenBenchStore {
  return async () => {
    const schema = `bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const store = await openStore({ databaseUrl, pgSchema: schema });
    const close = async () => {
      try {
        await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(store.db);
      } finally {
        await store.close();
      }
    };
    return { ...store, close };
  };
}

/** The PostgreSQL the bench may use, if any. */
export function benchPostgresUrl(): string | undefined {
  return [process.env.BENCH_DATABASE_URL, process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find(isPostgresUrl);
}
