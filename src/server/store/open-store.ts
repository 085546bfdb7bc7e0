import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { Kysely, PostgresDialect, type Dialect } from 'kysely';
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
  /** PostgreSQL only: work inside this schema (created when missing). Tests use one per test. */
  pgSchema?: string;
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
  const db = new Kysely<Database>({ dialect });
  try {
    await migrateToLatest(db, dialectName === 'postgres' ? options.pgSchema : undefined);
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
  // The name was checked against the pattern above, so it is safe to put in the statement.
  // 23505: another process created the schema at the same moment ("if not exists" races).
  if (schema) {
    await pool.query(`create schema if not exists "${schema}"`).catch(async (error: unknown) => {
      if ((error as { code?: string }).code === '23505') return;
      await pool.end();
      throw error;
    });
  }
  return new PostgresDialect({ pool });
}
