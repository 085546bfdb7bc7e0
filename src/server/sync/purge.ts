/**
 * Dropping old tombstones and the idempotency log. Tombstones must outlive the longest time a
 * device may stay offline: a device whose cursor is older than the purged ones is told to
 * resync (pull answers 410) because it could otherwise keep records that were deleted.
 * A mutation replayed after its log entry is gone still changes nothing: its stamps are equal
 * to the ones it left, and the merge rule skips an equal stamp.
 */
import type { Store } from '../store/open-store';
import { lockTeamCounter, setTeamCounter } from '../store/team-counters';

export const DEFAULT_RETENTION_DAYS = 90;

export interface PurgeReport {
  teamId: string;
  tombstones: number;
  horizon: number;
}

export async function purgeTombstones(store: Store, olderThan: Date): Promise<PurgeReport[]> {
  const cutoff = olderThan.toISOString();
  const teams = await store.db.selectFrom('team_counters').select('team_id').execute();
  const reports: PurgeReport[] = [];
  for (const { team_id: teamId } of teams) {
    reports.push(
      await store.db.transaction().execute(async (trx) => {
        const counter = await lockTeamCounter(trx, store.dialect, teamId);
        if (!counter) return { teamId, tombstones: 0, horizon: 0 };
        const newest = await trx
          .selectFrom('records')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .where('team_id', '=', teamId)
          .where('deleted', '=', 1)
          .where('updated_at', '<', cutoff)
          .executeTakeFirst();
        const horizon = Math.max(counter.tombstoneHorizon, Number(newest?.seq ?? 0));
        const deleted = await trx
          .deleteFrom('records')
          .where('team_id', '=', teamId)
          .where('deleted', '=', 1)
          .where('updated_at', '<', cutoff)
          .executeTakeFirst();
        await trx.deleteFrom('mutations').where('team_id', '=', teamId).where('created_at', '<', cutoff).execute();
        if (horizon !== counter.tombstoneHorizon) await setTeamCounter(trx, teamId, { ...counter, tombstoneHorizon: horizon });
        return { teamId, tombstones: Number(deleted.numDeletedRows), horizon };
      }),
    );
  }
  return reports;
}
