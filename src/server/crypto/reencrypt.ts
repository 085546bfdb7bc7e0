/**
 * Re-sealing stored record contents under the current data key: after a key rotation, and at
 * start for rows written before encryption. Walks the records in id order, a chunk per
 * transaction, so it can be stopped at any moment and run again: a row already under the
 * current key is skipped. Each row is written back only if it still holds what was read
 * (compare and swap), so a push that changed the row meanwhile is never undone; such a row was
 * sealed by that push, and a second run picks it up if it is still under an old key.
 */
import { sql } from 'kysely';
import type { Store } from '../store/open-store';
import { recordAad, isSealed } from './sealer';

export const REENCRYPT_CHUNK = 500;

export interface ReencryptReport {
  /** Rows now sealed under the current key that were not before. */
  resealed: number;
  /** Rows under another key (or plain) left when the walk ended: changed meanwhile, run again. */
  remaining: number;
}

export interface ReencryptOptions {
  /** Called after each chunk has committed (tests stop the walk here). */
  afterChunk?: (resealed: number) => void | Promise<void>;
  chunk?: number;
}

/** The rows not sealed under the current key (any other key, or plain). */
export async function countNotCurrent(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('fields', 'not like', `${store.sealer.currentPrefix()}%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** True when some row still holds plain contents (from before encryption). */
export async function hasPlainRows(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom('records').select('id').where(sql<boolean>`substr(fields, 1, 3) <> 'v1:'`).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function reencryptRecords(store: Store, options: ReencryptOptions = {}): Promise<ReencryptReport> {
  const size = options.chunk ?? REENCRYPT_CHUNK;
  const prefix = store.sealer.currentPrefix();
  let after = '';
  let resealed = 0;
  for (;;) {
    const rows = await store.db
      .selectFrom('records')
      .select(['id', 'table_name', 'team_id', 'fields'])
      .where('id', '>', after)
      .where('fields', 'not like', `${prefix}%`)
      .orderBy('id')
      .limit(size)
      .execute();
    if (rows.length === 0) break;
    after = rows.at(-1)!.id;
    resealed += await store.db.transaction().execute(async (trx) => {
      let done = 0;
      for (const row of rows) {
        const aad = recordAad(row);
        // Opening checks the tag: a row that does not open under its key stops the walk loudly.
        const plain = isSealed(row.fields) ? store.sealer.open(row.fields, aad) : row.fields;
        const result = await trx
          .updateTable('records')
          .set({ fields: store.sealer.seal(plain, aad) })
          .where('id', '=', row.id)
          .where('fields', '=', row.fields)
          .executeTakeFirst();
        done += Number(result.numUpdatedRows);
      }
      return done;
    });
    await options.afterChunk?.(resealed);
  }
  // SQLite keeps the pages as they were in the WAL until a checkpoint: fold them in now, so the
  // old ciphertext (or plain text) is gone from the files (secure_delete zeroes the freed cells).
  if (store.dialect === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
  return { resealed, remaining: await countNotCurrent(store) };
}

/**
 * A row sealed with a key that is not configured: the server must not start (it could neither
 * answer pulls nor merge into those records). Checks the first row of each key id in use.
 */
export async function unknownKeyIds(store: Store): Promise<string[]> {
  const rows = await store.db
    .selectFrom('records')
    .select(sql<string>`substr(fields, 4, 16)`.as('key_id'))
    .where(sql<boolean>`substr(fields, 1, 3) = 'v1:'`)
    .groupBy(sql`substr(fields, 4, 16)`)
    .execute();
  return rows.map((row) => row.key_id).filter((id) => !store.sealer.ring.find(id));
}
