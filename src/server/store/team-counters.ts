import { selectInChunks } from './chunks';
import type { RowsInsert } from './multi-row-insert';
import type { DialectName } from './open-store';
import type { Db } from './schema';

export interface TeamCounter {
  seq: number;
  tombstoneHorizon: number;
}

/** The team's counter, when this user is a member of the team (one query: a pull's first check). */
export async function readMemberTeamCounter(db: Db, userId: string, teamId: string): Promise<TeamCounter | undefined> {
  const row = await db
    .selectFrom('team_counters')
    .innerJoin('memberships', 'memberships.team_id', 'team_counters.team_id')
    .select(['team_counters.seq', 'team_counters.tombstone_horizon'])
    .where('team_counters.team_id', '=', teamId)
    .where('memberships.user_id', '=', userId)
    .executeTakeFirst();
  return row && { seq: row.seq, tombstoneHorizon: row.tombstone_horizon };
}

/**
 * Every change of a team takes its seq while holding the team's counter row, so seqs are handed
 * out in commit order and a reader paging by seq can never skip a change that commits later
 * with a lower number. PostgreSQL needs the row lock (FOR UPDATE); SQLite already runs one
 * write transaction at a time (BEGIN IMMEDIATE). Teams without a counter are missing from the map;
 * the counters are held until the transaction ends.
 */
export async function lockTeamCounters(trx: Db, dialect: DialectName, teamIds: readonly string[]): Promise<Map<string, TeamCounter>> {
  const rows = await selectInChunks([...teamIds].sort(), (chunk) =>
    trx
      .selectFrom('team_counters')
      .select(['team_id', 'seq', 'tombstone_horizon'])
      .where('team_id', 'in', chunk)
      // Locked in one order (PostgreSQL locks the rows as they come out of the sort), so two
      // batches that both touch teams A and B never wait for each other crosswise (a deadlock).
      .orderBy('team_id')
      .$if(dialect === 'postgres', (qb) => qb.forUpdate())
      .execute(),
  );
  return new Map(rows.map((row) => [row.team_id, { seq: row.seq, tombstoneHorizon: row.tombstone_horizon }]));
}

export async function lockTeamCounter(trx: Db, dialect: DialectName, teamId: string): Promise<TeamCounter | undefined> {
  return (await lockTeamCounters(trx, dialect, [teamId])).get(teamId);
}

export async function setTeamCounter(trx: Db, teamId: string, counter: TeamCounter): Promise<void> {
  await trx
    .updateTable('team_counters')
    .set({ seq: counter.seq, tombstone_horizon: counter.tombstoneHorizon })
    .where('team_id', '=', teamId)
    .execute();
}

/**
 * The new counters of these teams as one multi-row upsert (multi-row-insert.ts), to go with a
 * push batch's other writes. Only for counter rows this transaction holds: they exist, so each
 * row updates its team's counter.
 */
export function teamCounterWrite(counters: ReadonlyMap<string, TeamCounter>): RowsInsert {
  return {
    table: 'team_counters',
    rows: [...counters].map(([teamId, counter]) => ({ team_id: teamId, seq: counter.seq, tombstone_horizon: counter.tombstoneHorizon })),
    tail: 'on conflict (team_id) do update set seq = excluded.seq, tombstone_horizon = excluded.tombstone_horizon',
  };
}
