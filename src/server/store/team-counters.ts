import type { DialectName } from './open-store';
import type { Db } from './schema';

export interface TeamCounter {
  seq: number;
  tombstoneHorizon: number;
}

/** The team's counter; with `lockOn`, the row is held until the transaction ends (see below). */
export async function readTeamCounter(db: Db, teamId: string, lockOn?: DialectName): Promise<TeamCounter | undefined> {
  const row = await db
    .selectFrom('team_counters')
    .select(['seq', 'tombstone_horizon'])
    .where('team_id', '=', teamId)
    .$if(lockOn === 'postgres', (qb) => qb.forUpdate())
    .executeTakeFirst();
  return row && { seq: row.seq, tombstoneHorizon: row.tombstone_horizon };
}

/**
 * Every change of a team takes its seq while holding the team's counter row, so seqs are handed
 * out in commit order and a reader paging by seq can never skip a change that commits later
 * with a lower number. PostgreSQL needs the row lock (FOR UPDATE); SQLite already runs one
 * write transaction at a time (BEGIN IMMEDIATE).
 */
export function lockTeamCounter(trx: Db, dialect: DialectName, teamId: string): Promise<TeamCounter | undefined> {
  return readTeamCounter(trx, teamId, dialect);
}

export async function setTeamCounter(trx: Db, teamId: string, counter: TeamCounter): Promise<void> {
  await trx
    .updateTable('team_counters')
    .set({ seq: counter.seq, tombstone_horizon: counter.tombstoneHorizon })
    .where('team_id', '=', teamId)
    .execute();
}
