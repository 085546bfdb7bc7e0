import { liveQuery } from 'dexie';
import { cursorKey, outboxSummary, readSession, type DataLayer } from '../db';
import type { SyncEngine } from '../sync';
import { paths } from '../ui/router';

/** What the sync measures of `npm run bench` read from the device (tests/bench/measures/sync-*.ts). */
export interface BenchSyncState {
  phase: string;
  lastSuccessAt: number | null;
  pending: number;
  rejected: number;
  /** Records stored on this device, tombstones included. */
  records: number;
  /** The pull cursor of the session's current team; null before the first page is applied. */
  cursor: number | null;
}

export interface BenchSyncHooks {
  syncState(): Promise<BenchSyncState>;
  /**
   * Makes `count` changes through the repositories, one write and one outbox entry each: per ten
   * changes a new household, a contact moment in it and eight edits of its note and an answer. Resolves with
   * the milliseconds all writes took.
   */
  queueChanges(count: number): Promise<number>;
  /**
   * Resolves once team `teamId`'s pull cursor is at least `cursor`, told by a live query when the
   * transaction that stores it commits: a pull measure that polled syncState() instead saw the end
   * up to a poll late and, every 50 ms, made the device read its session, outbox and record count
   * beside the pull (the floor it is compared with times its own end and is never polled).
   */
  cursorReached(teamId: string, cursor: number): Promise<void>;
  /** The address of the guided contact of the newest contact moment, opened at its first question. */
  latestContactPath(): Promise<string>;
}

export function syncBenchHooks(data: DataLayer, sync: SyncEngine): BenchSyncHooks {
  return {
    async syncState() {
      const session = await readSession(data.db);
      const cursor = session ? await data.db.meta.get(cursorKey(session.currentTeamId)) : undefined;
      const { pending, rejected } = await outboxSummary(data.store);
      const { phase, lastSuccessAt } = sync.getStatus();
      return {
        phase,
        lastSuccessAt,
        pending,
        rejected: rejected.length,
        records: await data.db.records.count(),
        cursor: (cursor?.value as number | undefined) ?? null,
      };
    },
    cursorReached(teamId, cursor) {
      return new Promise((resolve, reject) => {
        const watch = liveQuery(() => data.db.meta.get(cursorKey(teamId))).subscribe({
          next: (row) => {
            if (((row?.value as number | undefined) ?? 0) < cursor) return;
            resolve();
            queueMicrotask(() => watch.unsubscribe());
          },
          error: reject,
        });
      });
    },
    async latestContactPath() {
      const session = await readSession(data.db);
      if (!session) throw new Error('Log in before asking for a contact');
      const rows = await data.db.records.where('[table+teamId]').equals(['contacts', session.currentTeamId]).toArray();
      const latest = rows.filter((r) => !r.deleted).sort((a, b) => b.touchedAt - a.touchedAt)[0];
      if (!latest?.householdId) throw new Error('No contact moment on this device');
      return `${paths.contact(latest.householdId, latest.id)}?stap=eerste-vraag&bench=1`;
    },
    async queueChanges(count) {
      const session = await readSession(data.db);
      if (!session) throw new Error('Log in before queueing changes');
      const started = performance.now();
      const ids = { household: '', contact: '' };
      for (let n = 0; n < count; n++) {
        const result = await fictionalChange(data, session.currentTeamId, n, ids);
        if (!result.ok) throw new Error(`Bench change ${n} refused: ${JSON.stringify(result.errors)}`);
      }
      return performance.now() - started;
    },
  };
}

/** Change `n` of a worker's session: a fictional household, a contact moment, a note typed in steps. */
async function fictionalChange(data: DataLayer, teamId: string, n: number, ids: { household: string; contact: string }) {
  const step = n % 10;
  if (step === 0) {
    const result = await data.households.create(teamId, {
      label: `Teststraat ${n / 10 + 1}`,
      members: 'Fictief gezin (benchmark)',
      reportedBy: 'Woningcorporatie',
      reportReason: 'Zorgen over de huur',
    });
    if (result.ok) ids.household = result.id;
    return result;
  }
  if (step === 1) {
    const result = await data.contacts.start(ids.household, 'huisbezoek');
    if (result.ok) ids.contact = result.id;
    return result;
  }
  // Alternate two fields: consecutive edits of the same field fold into one outbox entry
  // (db/outbox.ts), and this measure wants `count` mutations in the outbox.
  const text = `Gesprek aan de keukentafel, deel ${step - 1}. `.repeat(step);
  return data.contacts.update(ids.contact, step % 2 === 0 ? { note: text } : { 'answer.anders-willen': text });
}
