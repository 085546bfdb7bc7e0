/**
 * The trail as the teamleider's screen sees it: only a teamleider or beheerder of the team, and
 * only that team's entries. Looking at the trail is itself an access to household data, so it
 * is written to the trail too (allowed or refused).
 */
import type { AuditTrailEntry, AuditTrailResponse } from '../../domain/audit-protocol';
import type { Store } from '../store/open-store';
import { writeAudit, type Actor } from './audit-log';
import { trailQuery, type TrailFilter } from './trail-query';

export const TRAIL_VIEWER_ROLES: ReadonlySet<string> = new Set(['teamleider', 'beheerder']);

export type TrailOutcome = { ok: true; response: AuditTrailResponse } | { ok: false; reason: 'not-in-team' | 'role' };

export async function viewTrail(store: Store, actor: Actor, filter: TrailFilter & { limit: number }, now: Date): Promise<TrailOutcome> {
  const membership = await store.db
    .selectFrom('memberships')
    .select('role')
    .where('user_id', '=', actor.userId)
    .where('team_id', '=', filter.teamId)
    .executeTakeFirst();
  const refusal = !membership ? 'not-in-team' : TRAIL_VIEWER_ROLES.has(membership.role) ? null : 'role';
  const entry = { teamId: filter.teamId, householdId: filter.householdId ?? null, action: 'read', table: 'audit_log', recordId: null } as const;
  if (refusal) {
    await writeAudit(store.db, store.dialect, actor, [{ ...entry, outcome: 'refused', reason: refusal }], now);
    return { ok: false, reason: refusal };
  }
  const rows = await trailQuery(store.db, filter).limit(filter.limit + 1).execute();
  await writeAudit(store.db, store.dialect, actor, [entry], now);
  const entries = rows.slice(0, filter.limit).map(
    (r): AuditTrailEntry => ({
      id: r.id,
      occurredAt: r.occurred_at,
      recordedAt: r.at,
      userId: r.user_id,
      userName: r.display_name,
      role: r.role,
      deviceSessionId: r.device_session_id,
      householdId: r.household_id,
      action: r.action,
      table: r.table_name,
      recordId: r.record_id,
      outcome: r.outcome,
      reason: r.reason,
      source: r.source,
    }),
  );
  return { ok: true, response: { entries, truncated: rows.length > filter.limit } };
}
