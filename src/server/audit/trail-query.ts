/** The team's trail for the teamleider's screen and the privacy officer's CSV, newest first. */
import type { Db } from '../store/schema';

export interface TrailFilter {
  teamId: string;
  householdId?: string | undefined;
  userId?: string | undefined;
  /** Inclusive bounds on when it happened (UTC ISO). */
  from?: string | undefined;
  to?: string | undefined;
}

export function trailQuery(db: Db, filter: TrailFilter) {
  return db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.id',
      'audit_log.occurred_at',
      'audit_log.at',
      'audit_log.user_id',
      'users.username',
      'users.display_name',
      'audit_log.role',
      'audit_log.device_session_id',
      'audit_log.household_id',
      'audit_log.action',
      'audit_log.table_name',
      'audit_log.record_id',
      'audit_log.outcome',
      'audit_log.reason',
      'audit_log.source',
      'audit_log.chain_seq',
      'audit_log.hash',
    ])
    .where('audit_log.team_id', '=', filter.teamId)
    .$if(filter.householdId !== undefined, (qb) => qb.where('audit_log.household_id', '=', filter.householdId!))
    .$if(filter.userId !== undefined, (qb) => qb.where('audit_log.user_id', '=', filter.userId!))
    .$if(filter.from !== undefined, (qb) => qb.where('audit_log.occurred_at', '>=', filter.from!))
    .$if(filter.to !== undefined, (qb) => qb.where('audit_log.occurred_at', '<=', filter.to!))
    .orderBy('audit_log.occurred_at', 'desc')
    .orderBy('audit_log.chain_seq', 'desc');
}

export type TrailRow = Awaited<ReturnType<ReturnType<typeof trailQuery>['execute']>>[number];
