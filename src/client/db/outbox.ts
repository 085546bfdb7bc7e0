import type { Fields, Mutation, TableName } from '../../domain';
import type { RecordCodec } from './codec';
import type { OutboxEntry, StoredMutation, VoordeurDb } from './database';

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
 * An outbox entry's changed values are sealed before the writer's transaction opens, bound to
 * the mutation id. Folding keeps the newest entry's id, so the writer seals its values twice:
 * for its own new id and for the id of the entry it may fold into (read before the
 * transaction; checked again inside it). `sealed` holds both.
 */
export interface SealedChange {
  mutationId: string;
  fieldNames: string[];
  sealed: ReadonlyMap<string, unknown>;
}

/** Outside any transaction: seal `fields` for a new mutation and for the entry it may fold into. */
export async function sealChange(db: VoordeurDb, codec: RecordCodec, table: TableName, recordId: string, mutationId: string, fields: Fields): Promise<SealedChange> {
  return sealChangeAfter(await newestOutboxEntry(db), codec, table, recordId, mutationId, fields);
}

/** The outbox entry a change may fold into; read with the record before sealing (sealChangeAfter). */
export function newestOutboxEntry(db: VoordeurDb): Promise<OutboxEntry | undefined> {
  return db.outbox.toCollection().last();
}

/** sealChange with the newest outbox entry already read (in the writer's read-only transaction). */
export async function sealChangeAfter(
  newest: OutboxEntry | undefined,
  codec: RecordCodec,
  table: TableName,
  recordId: string,
  mutationId: string,
  fields: Fields,
): Promise<SealedChange> {
  const foldable = newest?.status === 'pending' && newest.mutation.table === table && newest.mutation.recordId === recordId;
  const ids = foldable ? [mutationId, newest.mutation.mutationId] : [mutationId];
  const payloads = await Promise.all(ids.map((id) => codec.encode(table, recordId, fields, id)));
  return { mutationId, fieldNames: Object.keys(fields), sealed: new Map(ids.map((id, i) => [id, payloads[i]])) };
}

/** Just before a push: the mutations with their values opened (one batch, outside any transaction). */
export async function openMutations(codec: RecordCodec, entries: readonly OutboxEntry[]): Promise<Mutation[]> {
  const fields = await Promise.all(entries.map(({ mutation: m }) => codec.decode(m.table, m.recordId, m.changedFields, m.mutationId)));
  return entries.map((e, i) => ({ ...e.mutation, changedFields: fields[i]! }));
}

/** The changed fields' names; a plain entry from before encryption names them in its values. */
export function fieldNamesOf(entry: OutboxEntry): string[] {
  return entry.fieldNames ?? Object.keys(entry.mutation.changedFields as Fields);
}

/** What the fold decides by, read inside the writer's transaction (readFoldState). */
export interface FoldState {
  newest: OutboxEntry | undefined;
  /** The sync loop's mark: entries up to this seq are on their way to the server. */
  sendingUpTo: number;
}

/** Inside the writer's transaction: the newest outbox entry and the sending mark, together. */
export async function readFoldState(db: VoordeurDb): Promise<FoldState> {
  const [newest, sending] = await Promise.all([newestOutboxEntry(db), db.meta.get(SENDING_KEY)]);
  return { newest, sendingUpTo: (sending?.value as number | undefined) ?? 0 };
}

/**
 * Fold this change into the newest outbox entry when that entry changes exactly the same fields
 * of the same record and has not been sent. The folded mutation keeps its id and older baseRev
 * (conservative: at worst an extra "twee versies", never a lost text) and takes the new values
 * and stamp.
 *
 * This is the decision: the entry `next` folds into, or undefined when a new entry is needed
 * (also when the values were not sealed for it); putFolded writes it. It needs only the record
 * and fields of `next`, not its stamp, so the writer reads the fold state (readFoldState)
 * alongside the clock: each request a write awaits is a turn of the page's busy main thread.
 */
export function foldTarget(state: FoldState, next: Pick<StoredMutation, 'op' | 'table' | 'recordId'>, change: SealedChange): OutboxEntry | undefined {
  const { newest, sendingUpTo } = state;
  if (next.op !== 'put') return undefined;
  if (!newest?.seq || newest.status !== 'pending' || newest.fieldNames === undefined) return undefined;
  if (!change.sealed.has(newest.mutation.mutationId)) return undefined;
  if (newest.seq <= sendingUpTo) return undefined;
  const m = newest.mutation;
  if (m.op !== 'put' || m.table !== next.table || m.recordId !== next.recordId || !sameKeys(newest.fieldNames, change.fieldNames)) {
    return undefined;
  }
  return newest;
}

/** The write half of foldTarget: `into` takes the new values and stamp. */
export async function putFolded(db: VoordeurDb, into: OutboxEntry, next: Pick<StoredMutation, 'hlc'>, change: SealedChange): Promise<OutboxEntry> {
  // A put of the entry just read: Dexie's update() would read it twice more.
  const folded = { ...into, mutation: { ...into.mutation, changedFields: change.sealed.get(into.mutation.mutationId), hlc: next.hlc } };
  await db.outbox.put(folded);
  return folded;
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

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}
