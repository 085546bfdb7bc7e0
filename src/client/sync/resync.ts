import { tableNames } from '../../domain';
import { cursorKey, forgetSummaries, type DataLayer } from '../db';

/**
 * For "resync required" (this device was offline longer than the server keeps tombstones): drop
 * the team's records and reset its cursor, so the next pull downloads the team again.
 *
 * Called after a push. Returns false, dropping nothing, when a change to the team still waits
 * to be sent: unsent work is never thrown away. Records that a refused change refers to are
 * kept too, so the person can still see what was refused. The check and the drop share one
 * transaction, and the store's write queue keeps this tab's writes out in between.
 */
export function dropTeamForResync(data: DataLayer, teamId: string): Promise<boolean> {
  const { db, store } = data;
  return store.queue.run(() =>
    db.transaction('rw', db.records, db.outbox, db.meta, db.summaries, async () => {
      const waiting = await db.outbox.filter((e) => e.mutation.teamId === teamId).toArray();
      if (waiting.some((e) => e.status === 'pending')) return false;
      const keep = new Set(waiting.map((e) => `${e.mutation.table}/${e.mutation.recordId}`));
      for (const table of tableNames) {
        await db.records
          .where('[table+teamId]')
          .equals([table, teamId])
          .filter((r) => !keep.has(`${r.table}/${r.id}`))
          .delete();
      }
      await db.meta.put({ key: cursorKey(teamId), value: 0 });
      await forgetSummaries(db);
      return true;
    }),
  );
}
