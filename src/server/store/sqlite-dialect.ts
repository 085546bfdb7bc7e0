import Database from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';

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

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: Database.Database;
  constructor(database: Database.Database) {
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
  database.pragma('busy_timeout = 5000');
  return new ImmediateSqliteDialect(database);
}
