import Dexie from 'dexie';
import { decodeRecords } from './codec-batch';
import { SUMMARIES_BUILT_KEY, SUMMARY_FORMAT, type VoordeurDb } from './database';
import { toListItem, type HouseholdListItem } from './list-item';
import type { RecordStore } from './record-store';
import { RACED, retryWhenRaced } from './retry';
import { decodeSummaries, planSummaries, type SummaryContents } from './summaries';

export type { HouseholdListItem } from './list-item';

/** Decoded summaries by household id and version: a re-run decodes only the rows that changed. */
type Cached = { version: number; contents: SummaryContents; today?: string; item?: HouseholdListItem };
const decodedCache = new WeakMap<RecordStore, Map<string, Cached>>();

/**
 * The households of a team, last touched first, from their summaries: one small row each, no
 * contact decoded. Reads first and decodes after (for live queries). Undefined while the
 * summaries are first being built (a device that had records before summaries existed).
 */
export async function listHouseholdSummaries(store: RecordStore, teamId: string, today: string): Promise<HouseholdListItem[] | undefined> {
  const built = (await store.db.meta.get(SUMMARIES_BUILT_KEY))?.value === SUMMARY_FORMAT;
  const rows = await store.db.summaries.where('[teamId+listed]').equals([teamId, 1]).toArray();
  if (!built) {
    // Outside the live query's zone: it only reads; the rebuild's commit wakes it again.
    void Dexie.ignoreTransaction(() => ensureSummaries(store)).catch((error: unknown) => console.error('Could not build household summaries', error));
    return undefined;
  }
  const cache = decodedCache.get(store) ?? new Map<string, Cached>();
  decodedCache.set(store, cache);
  const stale = rows.filter((row) => cache.get(row.householdId)?.version !== row.version);
  const decoded = await decodeSummaries(store.codec, stale);
  stale.forEach((row, i) => cache.set(row.householdId, { version: row.version, contents: decoded[i]! }));
  // The same item object for an unchanged household, so its list row need not render again.
  return rows
    .map((row) => {
      const cached = cache.get(row.householdId)!;
      if (!cached.item || cached.today !== today) Object.assign(cached, { today, item: toListItem(row, cached.contents, today) });
      return cached.item!;
    })
    .sort((a, b) => b.touchedAt - a.touchedAt);
}

/**
 * Build every summary from the records, once: on a device whose records predate summaries, and
 * after a resync dropped records. Commits only if no record changed meanwhile.
 */
export function ensureSummaries(store: RecordStore): Promise<void> {
  const { db } = store;
  return store.queue.run(() =>
    retryWhenRaced(async () => {
      if ((await db.meta.get(SUMMARIES_BUILT_KEY))?.value === SUMMARY_FORMAT) return;
      const all = await db.records.toArray();
      const rows = all.filter((r) => r.table !== 'mapEntries' && r.table !== 'mapMoments' && r.deleted === 0);
      const records = await decodeRecords(store.codec, rows);
      const plan = await planSummaries(db, store.codec, records.map((r, i) => ({ ...r, touchedAt: rows[i]!.touchedAt })), 'empty');
      const committed = await db.transaction('rw', db.records, db.summaries, db.meta, async () => {
        const now = await db.records.bulkGet(all.map((r) => [r.table, r.id]));
        const changed = now.some((r, i) => r?.version !== all[i]!.version) || (await db.records.count()) !== all.length;
        if (changed) return false;
        await db.summaries.clear();
        await db.summaries.bulkPut(plan.put);
        await db.meta.put({ key: SUMMARIES_BUILT_KEY, value: SUMMARY_FORMAT });
        return true;
      });
      return committed ? undefined : RACED;
    }, 'Could not build household summaries: records kept changing'),
  );
}

/** Inside a rw transaction on summaries and meta: drop them all, to be built again from the records. */
export async function forgetSummaries(db: VoordeurDb): Promise<void> {
  await db.summaries.clear();
  await db.meta.delete(SUMMARIES_BUILT_KEY);
}
