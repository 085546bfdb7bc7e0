/**
 * Dropping old tombstones. Tombstones must outlive the longest time a device may stay offline:
 * a device whose cursor is older than the purged ones is told to resync (pull answers 410),
 * because it could otherwise keep records that were deleted.
 * The mutation log is kept (ids only, no contents): a push repeated after the purge is still
 * recognised and answered with a bare tombstone, instead of bringing the record back.
 */
import type { Store } from '../store/open-store';
import { lockTeamCounter, setTeamCounter } from '../store/team-counters';
import { inRetriedTransaction } from '../store/transaction';

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
      await inRetriedTransaction(store.db, async (trx) => {
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
        if (horizon !== counter.tombstoneHorizon) await setTeamCounter(trx, teamId, { ...counter, tombstoneHorizon: horizon });
        return { teamId, tombstones: Number(deleted.numDeletedRows), horizon };
      }),
    );
  }
  return reports;
}
