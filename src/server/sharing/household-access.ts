/**
 * May this user act on this household, and as what? A household of a team the user is not in,
 * or (for a partner's user) one not shared with the organisation, answers exactly like one that
 * does not exist: the answer never tells whether an id is in use elsewhere.
 */
import type { Role } from '../../domain/auth-protocol';
import type { ServerRecord } from '../../domain/merge';
import { isRegisseur } from '../../domain/rules/need-to-know';
import { regisseurOf } from '../../domain/rules/regisseur';
import { loadRecords, toServerRecord } from '../store/records';
import type { Sealer } from '../crypto/sealer';
import type { Db } from '../store/schema';
import { accessOf, visibleAmong, type Access } from './access';

export interface HouseholdActor {
  household: ServerRecord;
  role: Role;
  access: Access;
  displayName: string;
}

export async function householdForUser(db: Db, sealer: Sealer, userId: string, householdId: string, now: Date): Promise<HouseholdActor | undefined> {
  const [household] = await loadRecords(db, sealer, [householdId]);
  if (!household || household.table !== 'households' || household.deleted) return undefined;
  const member = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['memberships.role', 'users.display_name'])
    .where('memberships.user_id', '=', userId)
    .where('memberships.team_id', '=', household.teamId)
    .executeTakeFirst();
  if (!member) return undefined;
  const access = await accessOf(db, userId);
  if (!(await visibleAmong(db, access, household.teamId, [household.id], now)).has(household.id)) return undefined;
  return { household, role: member.role as Role, access, displayName: member.display_name };
}

/** The name of the household's current regisseur (the handover chain's head), or null. */
export async function regisseurName(db: Db, sealer: Sealer, household: ServerRecord): Promise<string | null> {
  const rows = await db
    .selectFrom('records')
    .selectAll()
    .where('team_id', '=', household.teamId)
    .where('household_id', '=', household.id)
    .where('table_name', '=', 'handovers')
    .where('deleted', '=', 0)
    .execute();
  const handovers = rows.map((row) => toServerRecord(row, sealer)).map((r) => ({
    id: r.id,
    at: String(r.fields.at ?? ''),
    previousId: typeof r.fields.previousId === 'string' ? r.fields.previousId : null,
    settled: r.fields.settled === true,
    toName: String(r.fields.toName ?? ''),
  }));
  return regisseurOf(handovers).current?.toName ?? null;
}

/** Inzage is for the team's beheerder and the household's regisseur. */
export async function mayExport(db: Db, sealer: Sealer, actor: HouseholdActor): Promise<boolean> {
  if (actor.role === 'beheerder') return true;
  return isRegisseur({ displayName: actor.displayName }, await regisseurName(db, sealer, actor.household));
}
