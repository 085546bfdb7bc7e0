import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { Kysely, PostgresDialect, type Dialect, type LogEvent } from 'kysely';
import { errorFields, jsonLogger } from '../log';
import { KeyRing, dataKeyId } from '../crypto/key-ring';
import type { LoadedKeys } from '../crypto/key-source';
import { Sealer } from '../crypto/sealer';
import { openSqlite } from './sqlite-dialect';
import { migrateToLatest } from './migrate';
import type { Database, Db } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface StoreOptions {
  /** A postgres:// (or postgresql://) URL selects PostgreSQL; without it the store is SQLite. */
  databaseUrl?: string | undefined;
  /** The SQLite file (created with its folder when missing); ':memory:' for tests. */
  sqliteFile?: string;
  /** PostgreSQL only: work inside this schema (created when missing; DATABASE_SCHEMA). Tests use one per test. */
  pgSchema?: string;
  /** Told of every statement the database refused (tests: a start must cause none). */
  onQueryError?: (error: unknown, sql: string) => void;
  /**
   * The data keys that seal record contents (crypto/key-source.ts; loaded when the store opens).
   * Left out only by tests and the bench: then a key made for this process is used, so stores
   * opened by one test process share it, and nothing it sealed outlives the process.
   */
  dataKeys?: () => LoadedKeys;
}

/** What the sync code needs of a store besides a connection or transaction. */
export interface StoreContext {
  readonly dialect: DialectName;
  /** Seals and opens record contents with the data key kept outside the database. */
  readonly sealer: Sealer;
}

export interface Store extends StoreContext {
  readonly db: Db;
  /** Where the data keys came from (the admin CLI's rotate-data-key writes to a key file). */
  readonly keys: LoadedKeys;
  close(): Promise<void>;
}

let processKeys: LoadedKeys | undefined;

/** One random key per process, for stores opened without dataKeys (tests and bench only). */
function keysOfThisProcess(): LoadedKeys {
  if (!processKeys) {
    const key = randomBytes(32);
    processKeys = { ring: new KeyRing([{ id: dataKeyId(key), key }]), source: { kind: 'env' } };
  }
  return processKeys;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** Connect, run the migrations, and hand back the store. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const keys = options.dataKeys ? options.dataKeys() : keysOfThisProcess();
  const dialectName: DialectName = isPostgresUrl(options.databaseUrl) ? 'postgres' : 'sqlite';
  if (options.databaseUrl && dialectName !== 'postgres') {
    throw new Error('DATABASE_URL must start with postgres:// (leave it unset to use SQLite).');
  }
  const dialect = dialectName === 'postgres' ? await postgresDialect(options) : sqliteDialect(options);
  const onQueryError = options.onQueryError;
  const db = new Kysely<Database>({
    dialect,
    ...(onQueryError ? { log: (event: LogEvent) => void (event.level === 'error' && onQueryError(event.error, event.query.sql)) } : {}),
  });
  try {
    await migrateToLatest(db, dialectName, dialectName === 'postgres' ? options.pgSchema : undefined);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, dialect: dialectName, sealer: new Sealer(keys.ring), keys, close: () => db.destroy() };
}

function sqliteDialect(options: StoreOptions): Dialect {
  const file = options.sqliteFile ?? ':memory:';
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return openSqlite(file);
}

async function postgresDialect(options: StoreOptions): Promise<Dialect> {
  const schema = options.pgSchema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client can lose its connection (database restart); without a listener that kills the process.
  pool.on('error', (error) => jsonLogger('error', 'postgres pool error', errorFields(error)));
  // The schema itself is made by migrateToLatest, under its lock: "if not exists" races otherwise.
  return new PostgresDialect({ pool });
}
