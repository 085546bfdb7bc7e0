/**
 * Closing (afsluiten) or reopening a household starts or stops its retention term
 * (retention.ts), so the server checks who may, as the device does: its regisseur, or the team's
 * teamleider or beheerder, never a partner (domain `mayCloseHousehold`). A crafted push from any
 * other member of the team is refused, not stored.
 */
import type { Role } from '../../domain/auth-protocol';
import { mayCloseHousehold } from '../../domain/rules/need-to-know';
import type { Mutation } from '../../domain/sync-protocol';
import type { Sealer } from '../crypto/sealer';
import { loadRecords } from '../store/records';
import type { Db } from '../store/schema';
import type { Access } from './access';
import { regisseurName } from './household-access';

const closedOnOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Does this mutation change the household's closing day? A new household's empty value does not. */
const changesClosing = (m: Mutation, stored: unknown): boolean =>
  m.table === 'households' && m.op === 'put' && Object.hasOwn(m.changedFields, 'closedOn') && closedOnOf(m.changedFields.closedOn) !== closedOnOf(stored);

/** The household ids of this batch whose closing day the user tries to change but may not. */
export async function closingRefusedAmong(trx: Db, sealer: Sealer, userId: string, access: Access, mutations: readonly Mutation[]): Promise<Set<string>> {
  const candidates = mutations.filter((m) => m.table === 'households' && m.op === 'put' && Object.hasOwn(m.changedFields, 'closedOn'));
  const refused = new Set<string>();
  if (candidates.length === 0) return refused;
  const stored = new Map((await loadRecords(trx, sealer, [...new Set(candidates.map((m) => m.recordId))])).map((r) => [r.id, r]));
  const members = new Map<string, Promise<{ role: string; display_name: string } | undefined>>();
  const memberOf = (teamId: string) => {
    if (!members.has(teamId)) {
      members.set(teamId, trx
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['memberships.role', 'users.display_name'])
        .where('memberships.user_id', '=', userId)
        .where('memberships.team_id', '=', teamId)
        .executeTakeFirst());
    }
    return members.get(teamId)!;
  };
  for (const m of candidates) {
    const household = stored.get(m.recordId);
    if (!changesClosing(m, household?.fields.closedOn)) continue;
    const member = access.kind === 'partner' ? undefined : await memberOf(household?.teamId ?? m.teamId);
    if (!member) {
      refused.add(m.recordId);
      continue;
    }
    const viewer = { organisationKind: 'lead' as const, role: member.role as Role, displayName: member.display_name };
    // A household not stored yet (made and closed offline in one go) has no regisseur to ask.
    const regisseur = household ? await regisseurName(trx, sealer, household) : null;
    if (!mayCloseHousehold(viewer, regisseur)) refused.add(m.recordId);
  }
  return refused;
}
