import Database from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase } from 'kysely';

/**
 * SQLite with `BEGIN IMMEDIATE` transactions. A plain `BEGIN` takes the write lock only at the
 * first write; when another process (the admin CLI) wrote in between, the upgrade fails with
 * SQLITE_BUSY at once instead of waiting. IMMEDIATE takes the lock up front and honours
 * busy_timeout. Inside one process Kysely already serialises everything on the one connection.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** Enough for every statement the server makes (a push batch uses about ten), with room. */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely prepares every statement anew; a push batch runs the same few each time, and preparing
 * them was a tenth of its time. This keeps the prepared statements by their SQL text (least
 * recently used go first). Safe because Kysely runs one statement at a time on the connection
 * and reads results at once (all/run; the server never streams a query).
 */
export function withStatementCache(database: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement) cache.delete(sql);
      else statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;
  constructor(database: SqliteDatabase) {
    super({ database });
    this.#database = database;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}

export function openSqlite(file: string): SqliteDialect {
  const database = new Database(file);
  database.pragma('journal_mode = WAL');
  // FULL: an acknowledged push survives a power cut (WAL's default NORMAL may lose the last commits).
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // Deleted and overwritten content is zeroed, not left in free pages: after an erasure or a
  // key rotation the file holds neither the old text nor the old ciphertext.
  database.pragma('secure_delete = ON');
  database.pragma('busy_timeout = 5000');
  return new ImmediateSqliteDialect(withStatementCache(database));
}
