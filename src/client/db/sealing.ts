import { isEnvelope } from '../crypto/envelope';
import type { Fields, TableName } from '../../domain';
import { SEALED_KEY, type OutboxEntry, type StoredRecord, type SummaryRow } from './database';
import { sealAllDrafts } from './drafts';
import { fieldNamesOf } from './outbox';
import type { RecordStore } from './record-store';
import { RACED, retryWhenRaced } from './retry';
import { isSealedCodec } from './sealed-codec';
import { readSession, saveSession } from './session';

/**
 * Data written before encryption at rest is plain. A Dexie upgrade() cannot seal it (it cannot
 * await WebCrypto, and it runs before any unlock), so this pass does, in the background after an
 * unlock: records, summaries, outbox entries, the session and drafts, a chunk at a time, each
 * chunk sealed outside and committed only if its rows did not change meanwhile (else again).
 * Until it has finished the codec reads plain values too (`acceptPlain`); afterwards it refuses
 * them, and a new database never accepts them (it is marked sealed when it is created).
 */
const CHUNK = 200;

/** The pass itself (exported for tests): resolves once nothing plain is left. */
export async function sealLegacy(store: RecordStore): Promise<void> {
  const { db, codec } = store;
  const plainRecords = (await db.records.filter((r) => r.deleted === 0 && !isEnvelope(r.payload)).primaryKeys()) as [TableName, string][];
  for (let i = 0; i < plainRecords.length; i += CHUNK) await sealRecords(store, plainRecords.slice(i, i + CHUNK));
  const plainSummaries = (await db.summaries.filter((s) => !isEnvelope(s.payload)).primaryKeys()) as string[];
  for (let i = 0; i < plainSummaries.length; i += CHUNK) await sealSummaries(store, plainSummaries.slice(i, i + CHUNK));
  const plainOutbox = (await db.outbox.filter((e) => !isEnvelope(e.mutation.changedFields)).primaryKeys()) as number[];
  for (let i = 0; i < plainOutbox.length; i += CHUNK) await sealOutbox(store, plainOutbox.slice(i, i + CHUNK));
  const session = await readSession(db);
  if (session) await saveSession(db, session, session.currentTeamId);
  sealAllDrafts();
  await db.meta.put({ key: SEALED_KEY, value: true });
  if (isSealedCodec(codec)) codec.acceptPlain = false;
}

/** One optimistic round for a chunk: read, seal outside, commit if unchanged. */
function chunk<K, R>(store: RecordStore, read: () => Promise<(R | undefined)[]>, seal: (rows: R[]) => Promise<R[]>, commit: (before: R[], after: R[]) => Promise<boolean>) {
  return store.queue.run(() =>
    retryWhenRaced(async () => {
      const rows = (await read()).filter((r): r is R => r !== undefined);
      const sealed = await seal(rows);
      return (await commit(rows, sealed)) ? undefined : RACED;
    }, 'Sealing legacy data: rows kept changing'),
  ) as Promise<K | void>;
}

function sealRecords(store: RecordStore, keys: [TableName, string][]) {
  const { db, codec } = store;
  return chunk<void, StoredRecord>(
    store,
    () => db.records.bulkGet(keys),
    (rows) =>
      Promise.all(
        rows.map(async (r) => (isEnvelope(r.payload) ? r : { ...r, payload: await codec.encode(r.table, r.id, r.payload as Fields), version: r.version + 1 })),
      ),
    (before, after) =>
      db.transaction('rw', db.records, async () => {
        const now = await db.records.bulkGet(before.map((r) => [r.table, r.id]));
        if (now.some((r, i) => r?.version !== before[i]!.version)) return false;
        await db.records.bulkPut(after);
        return true;
      }),
  );
}

function sealSummaries(store: RecordStore, ids: string[]) {
  const { db, codec } = store;
  return chunk<void, SummaryRow>(
    store,
    () => db.summaries.bulkGet(ids),
    (rows) =>
      Promise.all(
        rows.map(async (r) =>
          isEnvelope(r.payload) ? r : { ...r, payload: await codec.encode('households', `summary:${r.householdId}`, r.payload as Fields), version: r.version + 1 },
        ),
      ),
    (before, after) =>
      db.transaction('rw', db.summaries, async () => {
        const now = await db.summaries.bulkGet(before.map((r) => r.householdId));
        if (now.some((r, i) => r?.version !== before[i]!.version)) return false;
        await db.summaries.bulkPut(after);
        return true;
      }),
  );
}

function sealOutbox(store: RecordStore, seqs: number[]) {
  const { db, codec } = store;
  return chunk<void, OutboxEntry>(
    store,
    () => db.outbox.bulkGet(seqs),
    (entries) =>
      Promise.all(
        entries.map(async (e) => {
          if (isEnvelope(e.mutation.changedFields)) return e;
          const { table, recordId, mutationId } = e.mutation;
          const changedFields = await codec.encode(table, recordId, e.mutation.changedFields as Fields, mutationId);
          return { ...e, fieldNames: fieldNamesOf(e), mutation: { ...e.mutation, changedFields } };
        }),
      ),
    (before, after) =>
      db.transaction('rw', db.outbox, async () => {
        // An entry folded into meanwhile has a new stamp: seal that one in the next round.
        const now = await db.outbox.bulkGet(before.map((e) => e.seq!));
        if (now.some((e, i) => e !== undefined && e.mutation.hlc !== before[i]!.mutation.hlc)) return false;
        await db.outbox.bulkPut(after.filter((_, i) => now[i] !== undefined));
        return true;
      }),
  );
}
