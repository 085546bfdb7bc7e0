import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { Kysely, PostgresDialect, type Dialect, type LogEvent } from 'kysely';
import { errorFields, jsonLogger } from '../log';
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
}

export interface Store {
  readonly db: Db;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** Connect, run the migrations, and hand back the store. */
export async function openStore(options: StoreOptions): Promise<Store> {
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
  return { db, dialect: dialectName, close: () => db.destroy() };
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
