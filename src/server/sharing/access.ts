/**
 * Which households of a team a user may see. Lead-organisation workers (and users without an
 * organisation, as every user made before migration 006) see all of the team's households; a
 * partner organisation's user sees those whose current sharing agreement names the organisation.
 */
import { dutchDate } from '../../domain/rules/need-to-know';
import type { Db } from '../store/schema';

export type Access = { kind: 'lead' } | { kind: 'partner'; organisationId: string };

export async function accessOf(db: Db, userId: string): Promise<Access> {
  const row = await db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['organisations.id as organisationId', 'organisations.kind'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  return row?.organisationId && row.kind === 'partner' ? { kind: 'partner', organisationId: row.organisationId } : { kind: 'lead' };
}

/** A subquery of the household ids the organisation may see in the team today (no bind limit, whatever their number). */
export function visibleHouseholdIds(db: Db, teamId: string, organisationId: string, now: Date) {
  return db
    .selectFrom('household_shares')
    .select('household_id')
    .where('team_id', '=', teamId)
    .where('organisation_id', '=', organisationId)
    .where('active', '=', 1)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>=', dutchDate(now))]));
}

/** Of these households, the ones the user may see in the team (all of them for the lead organisation). */
export async function visibleAmong(db: Db, access: Access, teamId: string, householdIds: readonly string[], now: Date): Promise<Set<string>> {
  if (access.kind === 'lead') return new Set(householdIds);
  if (householdIds.length === 0) return new Set();
  const rows = await visibleHouseholdIds(db, teamId, access.organisationId, now).where('household_id', 'in', [...householdIds]).execute();
  return new Set(rows.map((r) => r.household_id));
}

/** Households the organisation once saw and may not see now (withdrawn, expired, erased): its devices purge them. */
export async function noLongerVisible(db: Db, teamId: string, organisationId: string, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('household_shares')
    .select('household_id')
    .where('team_id', '=', teamId)
    .where('organisation_id', '=', organisationId)
    .where((eb) => eb.or([eb('active', '=', 0), eb.and([eb('until', 'is not', null), eb('until', '<', dutchDate(now))])]))
    .orderBy('household_id')
    .execute();
  return rows.map((r) => r.household_id);
}

