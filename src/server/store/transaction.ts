import type { Db } from './schema';

/**
 * Run `fn` in a READ COMMITTED transaction, or inside the caller's transaction when there already
 * is one. The level is said explicitly because a DBA may make `repeatable read` or `serializable`
 * the database's default: the store's correctness rests on row locks (the team counters, taken
 * FOR UPDATE) and unique keys, which READ COMMITTED gives, while under a stricter level the
 * counter lock fails with 40001 whenever a competing batch commits first. SQLite ignores the level
 * (one writer at a time, BEGIN IMMEDIATE).
 */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().setIsolationLevel('read committed').execute(fn);
}

/**
 * `inTransaction`, run again (see withRetries) when another transaction got in the way. Inside
 * the caller's transaction there is nothing to run again: a failed statement aborted it whole,
 * so the caller's own retry decides.
 */
export function inRetriedTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : withRetries(() => inTransaction(db, fn));
}

/**
 * Errors that mean "another transaction got there first", not "this input is bad": a unique
 * key taken by a concurrent insert (two teams inventing the same id at once), a serialization
 * failure or deadlock on PostgreSQL, a busy SQLite file. Running the transaction again sees the
 * other one's result and decides properly.
 */
export function isRetryable(error: unknown): boolean {
  return isContention(error) || codeOf(error) === '23505';
}

/** A serialization failure, a deadlock or a busy file: the database's "try again", never a bug of ours. */
export function isContention(error: unknown): boolean {
  const code = codeOf(error);
  return error instanceof StoreBusyError || code === '40001' || code === '40P01' || code === 'SQLITE_BUSY';
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/** The database kept refusing for contention after every retry: the request may come back later (HTTP 503). */
export class StoreBusyError extends Error {
  override name = 'StoreBusyError';
  constructor(cause: unknown) {
    super('The database stayed busy (serialization failures or deadlocks) after every retry', { cause });
  }
}

export interface RetryPolicy {
  attempts: number;
  /** The first wait; each next one doubles, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Eight attempts, waiting up to 5, 10, 20 … 320 ms between them ("full jitter": a random part of
 * the doubled wait, so batches that collided once do not collide again in step). Worst case
 * about 0.6 s of waiting before the request is answered 503.
 */
export const defaultRetryPolicy: RetryPolicy = {
  attempts: 8,
  baseDelayMs: 5,
  maxDelayMs: 320,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export async function withRetries<T>(fn: () => Promise<T>, policy: Partial<RetryPolicy> = {}): Promise<T> {
  const { attempts, baseDelayMs, maxDelayMs, random, sleep } = { ...defaultRetryPolicy, ...policy };
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!isRetryable(error) || error instanceof StoreBusyError) throw error;
      // A key that stays taken is not contention: the caller sees the database's own error.
      if (attempt >= attempts) throw isContention(error) ? new StoreBusyError(error) : error;
      await sleep(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
    }
  }
}
