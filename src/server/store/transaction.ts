import type { Db } from './schema';

/** Run `fn` in a transaction, or inside the caller's transaction when there already is one. */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/**
 * Errors that mean "another transaction got there first", not "this input is bad": a unique
 * key taken by a concurrent insert (two teams inventing the same id at once), a serialization
 * failure or deadlock on PostgreSQL, a busy SQLite file. Running the transaction again sees the
 * other one's result and decides properly.
 */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === '40001' || code === '40P01' || code === 'SQLITE_BUSY';
}

export async function withRetries<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
    }
  }
}
