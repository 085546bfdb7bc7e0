import { applyRemote, type PushResult, type SyncRecord, type TableName } from '../../domain';
import type { StoredRecord, VoordeurDb } from './database';
import type { RecordStore } from './record-store';
import { purgeHousehold } from './record-store';
import { receiveStamps } from './device-clock';
import { dropMutationsOf } from './outbox';
import { RACED, retryWhenRaced, stillAtVersion } from './retry';

type Key = `${TableName}/${string}`;
const keyOf = (table: TableName, id: string): Key => `${table}/${id}`;

/**
 * Bring records from the server into the device store: pulled pages and the answers to a push.
 * Works in two phases because contents may be encrypted: merge and encode outside the
 * transaction, then commit only if no local write slipped in meanwhile (else start over).
 * Fields with an unacknowledged local change are kept (see applyRemote in the domain).
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
      const pending = await pendingFields(db, acked);
      const expectedVersion = new Map<Key, number>();
      const next = new Map<Key, StoredRecord>();
      const tombstoned = new Set<Key>();
      for (const remote of records) {
        const key = keyOf(remote.table, remote.id);
        if (remote.deleted) tombstoned.add(key);
        const before = next.get(key) ?? (await db.records.get([remote.table, remote.id]));
        if (!expectedVersion.has(key)) expectedVersion.set(key, before?.version ?? 0);
        const local = before && (await store.decode(before));
        const merged = applyRemote(local, remote, pending.get(key));
        next.set(key, {
          table: merged.table,
          id: merged.id,
          teamId: merged.teamId,
          householdId: merged.householdId,
          payload: merged.deleted ? {} : await codec.encode(merged.table, merged.id, merged.fields),
          stamps: merged.stamps,
          deleted: merged.deleted ? 1 : 0,
          rev: merged.rev,
          touchedAt: Date.now(),
          version: (before?.version ?? 0) + 1,
        });
      }
      const committed = await db.transaction('rw', db.records, db.outbox, db.meta, async () => {
        for (const row of next.values()) {
          if (!(await stillAtVersion(db, row.table, row.id, expectedVersion.get(keyOf(row.table, row.id))!))) return false;
        }
        if (acked.size) await db.outbox.where('mutation.mutationId').anyOf([...acked]).delete();
        const erased = erasedHouseholds(db, next.values());
        for (const row of next.values()) {
          // An erased household stays erased: a later page or push answer brings nothing back.
          if (row.householdId !== null && (await erased(row.householdId))) continue;
          if (tombstoned.has(keyOf(row.table, row.id))) {
            // The server ignores writes to a tombstone; unsent ones would only keep contents here.
            await dropMutationsOf(db, row.table, row.id);
          }
          if (row.deleted && row.table === 'households') await purgeHousehold(db, row.id);
          await db.records.put(row);
        }
        await receiveStamps(db, records.flatMap((r) => Object.values(r.stamps)), Date.now());
        if (options.cursor) await db.meta.put({ key: cursorKey(options.cursor.teamId), value: options.cursor.value });
        return true;
      });
      return committed ? [...next.values()] : RACED;
    }, 'Could not apply server records: local writes kept interleaving'),
  );
  store.recordsApplied(applied);
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

/** Whether a household is a tombstone here or in the rows about to be written (cached per id). */
function erasedHouseholds(db: VoordeurDb, rows: Iterable<StoredRecord>): (householdId: string) => Promise<boolean> {
  const known = new Map<string, boolean>();
  for (const row of rows) if (row.table === 'households' && row.deleted) known.set(row.id, true);
  return async (householdId) => {
    if (!known.has(householdId)) known.set(householdId, (await db.records.get(['households', householdId]))?.deleted === 1);
    return known.get(householdId)!;
  };
}

async function pendingFields(db: VoordeurDb, excluding: ReadonlySet<string>): Promise<Map<Key, Set<string>>> {
  const map = new Map<Key, Set<string>>();
  await db.outbox.where('status').equals('pending').each(({ mutation }) => {
    if (excluding.has(mutation.mutationId)) return;
    const key = keyOf(mutation.table, mutation.recordId);
    const fields = map.get(key) ?? new Set<string>();
    for (const field of Object.keys(mutation.changedFields)) fields.add(field);
    map.set(key, fields);
  });
  return map;
}

export const cursorKey = (teamId: string) => `cursor:${teamId}`;

export async function readCursor(db: VoordeurDb, teamId: string): Promise<number> {
  return ((await db.meta.get(cursorKey(teamId)))?.value as number | undefined) ?? 0;
}
