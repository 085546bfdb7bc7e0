import { applyRemote, type PushResult, type SyncRecord, type TableName } from '../../domain';
import type { OutboxEntry, StoredRecord, VoordeurDb } from './database';
import type { RecordStore } from './record-store';
import { purgeHouseholds } from './record-store';
import { receiveStamps } from './device-clock';
import { dropMutationsOfAll, fieldNamesOf } from './outbox';
import { decodeRecords, encodeFields } from './codec-batch';
import { RACED, retryWhenRaced } from './retry';
import { commitSummaries, planSummaries, type SummaryPlan } from './summaries';

type Key = `${TableName}/${string}`;
type RecordKey = [TableName, string];
const recordKey = (table: TableName, id: string): RecordKey => [table, id];
const keyOf = (table: TableName, id: string): Key => `${table}/${id}`;

/**
 * Bring records from the server into the device store: pulled pages and the answers to a push.
 * Works in two phases because contents may be encrypted: read, decode, merge and encode the
 * whole page outside the transaction, then commit only if no local write slipped in meanwhile
 * (else start over). Fields with an unacknowledged local change are kept (see applyRemote in
 * the domain).
 *
 * WHY in bulk: a page is hundreds of records, and one IndexedDB request per record (a get, a
 * version check, a put) made a fresh phone's first pull 7–14× slower than storing the pages
 * plainly. Each phase now makes the same few requests whatever the page size: one bulkGet to
 * read, one bulkGet to check versions and erased households, one bulkPut to write.
 */
export async function applyServerRecords(
  store: RecordStore,
  records: readonly SyncRecord[],
  options: { ackedMutationIds?: readonly string[]; cursor?: { teamId: string; value: number } } = {},
): Promise<void> {
  const { db, codec } = store;
  const acked = new Set(options.ackedMutationIds ?? []);
  const applied = await store.queue.run(() =>
    retryWhenRaced(async () => {
      const { pending, before } = await readBefore(db, records, acked);
      const merged = mergePage(await decodeRecords(codec, [...before.values()]), records, pending);
      const payloads = await encodeFields(codec, merged.filter((r) => !r.deleted));
      const next = toStoredRows(merged, payloads, before);
      const summaries = await planSummaries(db, codec, merged.map((m, i) => ({ ...m, touchedAt: next[i]!.touchedAt })));
      // The scope must itself be an async function: Dexie keeps the transaction alive across
      // native awaits only for those.
      const committed = await db.transaction('rw', db.records, db.outbox, db.meta, db.summaries, async () =>
        commitPage(db, { next, records, before, acked, summaries }, options.cursor),
      );
      return committed ? next : RACED;
    }, 'Could not apply server records: local writes kept interleaving'),
  );
  store.recordsApplied(applied);
}

/** Phase 1 reads, in one read-only transaction: the unsent fields, and every record of the page as it is now. */
async function readBefore(db: VoordeurDb, records: readonly SyncRecord[], acked: ReadonlySet<string>) {
  const keys = uniqueKeys(records.map((r) => recordKey(r.table, r.id)));
  return db.transaction('r', db.records, db.outbox, async () => {
    const pending = pendingFields(await db.outbox.where('status').equals('pending').toArray(), acked);
    const rows = await db.records.bulkGet(keys);
    const before = new Map<Key, StoredRecord>();
    for (const row of rows) if (row) before.set(keyOf(row.table, row.id), row);
    return { pending, before };
  });
}

/** Merge in page order: a record that appears twice in a page merges onto its first merge. */
function mergePage(local: readonly SyncRecord[], records: readonly SyncRecord[], pending: Map<Key, Set<string>>): SyncRecord[] {
  const current = new Map<Key, SyncRecord>();
  for (const record of local) current.set(keyOf(record.table, record.id), record);
  const merged = new Map<Key, SyncRecord>();
  for (const remote of records) {
    const key = keyOf(remote.table, remote.id);
    const result = applyRemote(merged.get(key) ?? current.get(key), remote, pending.get(key));
    merged.set(key, result);
  }
  return [...merged.values()];
}

function toStoredRows(merged: readonly SyncRecord[], payloads: readonly unknown[], before: ReadonlyMap<Key, StoredRecord>): StoredRecord[] {
  let encoded = 0;
  const touchedAt = Date.now();
  return merged.map((m) => ({
    table: m.table,
    id: m.id,
    teamId: m.teamId,
    householdId: m.householdId,
    payload: m.deleted ? {} : payloads[encoded++],
    stamps: m.stamps,
    deleted: m.deleted ? 1 : 0,
    rev: m.rev,
    touchedAt,
    version: (before.get(keyOf(m.table, m.id))?.version ?? 0) + 1,
  }));
}

/**
 * Phase 2, inside the rw transaction: a constant number of requests for the whole page. Returns
 * false (nothing written) when a record or summary changed since phase 1.
 */
async function commitPage(
  db: VoordeurDb,
  page: {
    next: readonly StoredRecord[];
    records: readonly SyncRecord[];
    before: ReadonlyMap<Key, StoredRecord>;
    acked: ReadonlySet<string>;
    summaries: SummaryPlan;
  },
  cursor: { teamId: string; value: number } | undefined,
): Promise<boolean> {
  const { next, records, before, acked } = page;
  const pageKeys = next.map((row) => recordKey(row.table, row.id));
  const householdKeys = uniqueKeys(
    next.flatMap((row) => (row.householdId === null ? [] : [recordKey('households', row.householdId)])),
  );
  const now = await db.records.bulkGet(pageKeys);
  // Nothing to ask when the page holds only households.
  const households = householdKeys.length ? await db.records.bulkGet(householdKeys) : [];
  const raced = now.some((row, i) => (row?.version ?? 0) !== (before.get(keyOf(next[i]!.table, next[i]!.id))?.version ?? 0));
  if (raced) return false;

  // An erased household stays erased: a later page or push answer brings nothing back.
  const erased = new Set(households.flatMap((h) => (h?.deleted === 1 ? [h.id] : [])));
  for (const row of next) if (row.table === 'households' && row.deleted) erased.add(row.id);
  const kept = next.filter((row) => row.householdId === null || !erased.has(row.householdId));
  // The households' summaries, in the same transaction as their records (before any write).
  if (!(await commitSummaries(db, page.summaries, erased))) return false;

  if (acked.size) await db.outbox.where('mutation.mutationId').anyOf([...acked]).delete();
  // The server ignores writes to a tombstone; unsent ones would only keep contents here.
  const tombstones = records.filter((r) => r.deleted).map((r) => recordKey(r.table, r.id));
  await dropMutationsOfAll(db, tombstones);
  await purgeHouseholds(db, kept.filter((row) => row.deleted && row.table === 'households').map((row) => row.id));
  await db.records.bulkPut(kept);
  await receiveStamps(db, records.flatMap((r) => Object.values(r.stamps)), Date.now());
  if (cursor) await db.meta.put({ key: cursorKey(cursor.teamId), value: cursor.value });
  return true;
}

function uniqueKeys(keys: readonly RecordKey[]): RecordKey[] {
  const seen = new Map<Key, RecordKey>();
  for (const key of keys) seen.set(keyOf(key[0], key[1]), key);
  return [...seen.values()];
}

/** Handle the server's answer to a push: acknowledged ones leave the outbox, refused ones stay visible. */
export async function applyPushResults(store: RecordStore, results: readonly PushResult[]): Promise<void> {
  const accepted = results.filter((r) => r.status !== 'rejected');
  const rejected = results.filter((r) => r.status === 'rejected');
  if (rejected.length) {
    await store.db.transaction('rw', store.db.outbox, async () => {
      for (const r of rejected) {
        await store.db.outbox
          .where('mutation.mutationId')
          .equals(r.mutationId)
          .modify({ status: 'rejected', error: r.message });
      }
    });
  }
  if (accepted.length) {
    await applyServerRecords(
      store,
      accepted.map((r) => r.record),
      { ackedMutationIds: accepted.map((r) => r.mutationId) },
    );
  }
}

/** Fields with an unsent local change, per record; mutations being acknowledged do not count. */
function pendingFields(entries: readonly OutboxEntry[], excluding: ReadonlySet<string>): Map<Key, Set<string>> {
  const map = new Map<Key, Set<string>>();
  for (const entry of entries) {
    const { mutation } = entry;
    if (excluding.has(mutation.mutationId)) continue;
    const key = keyOf(mutation.table, mutation.recordId);
    const fields = map.get(key) ?? new Set<string>();
    for (const field of fieldNamesOf(entry)) fields.add(field);
    map.set(key, fields);
  }
  return map;
}

export const cursorKey = (teamId: string) => `cursor:${teamId}`;

export async function readCursor(db: VoordeurDb, teamId: string): Promise<number> {
  return ((await db.meta.get(cursorKey(teamId)))?.value as number | undefined) ?? 0;
}
