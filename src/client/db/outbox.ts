import type { Fields, Mutation, TableName } from '../../domain';
import type { OutboxEntry, VoordeurDb } from './database';

/**
 * Outbox bookkeeping that keeps a long note from becoming hundreds of mutations. While a worker
 * types, every autosave of the same fields of the same record folds into the newest outbox
 * entry — but only an entry that is not on its way to the server: an entry already sent is
 * acknowledged (and removed) by its mutation id, so folding a newer value into it would lose
 * that value. The sync loop marks what it sends with `markSending` and clears it afterwards; a
 * mark left by a crash only stops folding into those old entries, it never loses anything.
 */
const SENDING_KEY = 'outbox:sendingUpTo';

export async function markSending(db: VoordeurDb, entries: readonly OutboxEntry[]): Promise<void> {
  const upTo = Math.max(0, ...entries.map((e) => e.seq ?? 0));
  await db.meta.put({ key: SENDING_KEY, value: upTo });
}

export async function clearSending(db: VoordeurDb): Promise<void> {
  await db.meta.delete(SENDING_KEY);
}

/**
 * Inside the writer's transaction (records, outbox, meta): fold this change into the newest
 * outbox entry when that entry changes exactly the same fields of the same record and has not
 * been sent. The folded mutation keeps its id and older baseRev (conservative: at worst an
 * extra "twee versies", never a lost text) and takes the new values and stamp.
 * Returns false when a new entry is needed.
 */
export async function foldIntoNewest(db: VoordeurDb, next: Mutation): Promise<boolean> {
  if (next.op !== 'put') return false;
  const newest = await db.outbox.toCollection().last();
  if (!newest?.seq || newest.status !== 'pending') return false;
  const sendingUpTo = ((await db.meta.get(SENDING_KEY))?.value as number | undefined) ?? 0;
  if (newest.seq <= sendingUpTo) return false;
  const m = newest.mutation;
  if (m.op !== 'put' || m.table !== next.table || m.recordId !== next.recordId || !sameKeys(m.changedFields, next.changedFields)) {
    return false;
  }
  // A put of the entry just read: Dexie's update() would read it twice more.
  await db.outbox.put({ ...newest, mutation: { ...m, changedFields: next.changedFields, hlc: next.hlc } });
  return true;
}

/** Inside the caller's transaction: drop every outbox entry of this record, whatever its status. */
export async function dropMutationsOf(db: VoordeurDb, table: TableName, recordId: string): Promise<void> {
  await db.outbox.where('[mutation.table+mutation.recordId]').equals([table, recordId]).delete();
}

/** dropMutationsOf for many records in one request. */
export async function dropMutationsOfAll(db: VoordeurDb, records: readonly [TableName, string][]): Promise<void> {
  if (records.length === 0) return;
  await db.outbox.where('[mutation.table+mutation.recordId]').anyOf(records).delete();
}

function sameKeys(a: Fields, b: Fields): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k));
}
