/**
 * The stores every server test runs on: SQLite always, PostgreSQL when TEST_DATABASE_URL is
 * set. Each open() gives a clean database (SQLite in memory, PostgreSQL a fresh schema that is
 * dropped on close). REQUIRE_POSTGRES=1 turns a missing PostgreSQL into a failure (CI).
 */
import pg from 'pg';
import { openStore, type Store } from '../../../src/server/store/open-store';

export interface StoreKind {
  name: 'sqlite' | 'postgres';
  /** A clean store; close() removes what it made. */
  open(): Promise<Store>;
}

const pgUrl = process.env.TEST_DATABASE_URL || undefined;

if (!pgUrl) {
  if (process.env.REQUIRE_POSTGRES === '1') {
    throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: the PostgreSQL store tests cannot run.');
  }
  console.warn(
    [
      '',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '!!  TEST_DATABASE_URL is not set: the server tests run on SQLite ONLY.        !!',
      '!!  PostgreSQL is SKIPPED. See src/server/README.md ("Tests") to enable it.   !!',
      '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
      '',
    ].join('\n'),
  );
}

let schemas = 0;

/** A new, empty PostgreSQL schema name; open it with openPostgresSchema (as often as needed). */
export function newPgSchemaName(): string {
  schemas += 1;
  return `t_${process.pid}_${schemas}_${Math.random().toString(36).slice(2, 8)}`;
}

/** What a DBA may set as the database's `default_transaction_isolation`. */
export type IsolationDefault = 'read committed' | 'repeatable read' | 'serializable';

/**
 * A store on the given schema. Several stores may share one schema, like several server processes.
 * `isolationDefault` plays a DBA's database-wide default, but per connection (the `options`
 * parameter): other test runs share the database, so ALTER DATABASE is not ours to use.
 */
export async function openPostgresSchema(schema: string, isolationDefault?: IsolationDefault): Promise<Store> {
  if (!pgUrl) throw new Error('TEST_DATABASE_URL is not set');
  return openStore({ databaseUrl: isolationDefault ? withIsolationDefault(pgUrl, schema, isolationDefault) : pgUrl, pgSchema: schema });
}

/**
 * The URL's `options` replaces the pool's (pg lets the connection string win), so it must carry
 * the search_path as well, or the store would land in the public schema.
 */
function withIsolationDefault(url: string, schema: string, level: IsolationDefault): string {
  const options = `-c search_path=${schema} -c default_transaction_isolation=${level.replace(' ', '\\ ')}`;
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(options)}`;
}

export async function dropPgSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

const sqlite: StoreKind = { name: 'sqlite', open: () => openStore({ sqliteFile: ':memory:' }) };

const postgres: StoreKind = {
  name: 'postgres',
  async open() {
    const schema = newPgSchemaName();
    const store = await openPostgresSchema(schema);
    return {
      ...store,
      async close() {
        await store.close();
        await dropPgSchema(schema);
      },
    };
  },
};

export const hasPostgres = pgUrl !== undefined;

/** Use with describe.each(storeKinds)('… on $name', (kind) => …). */
export const storeKinds: StoreKind[] = hasPostgres ? [sqlite, postgres] : [sqlite];
