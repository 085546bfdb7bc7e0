/**
 * What a push batch may write, by household: never into an erased household (a stale outbox
 * replayed later can never bring it back), and a partner organisation's user only into the
 * households shared with that organisation. Also what the batch changed about sharing, written
 * in its transaction: the shares of households whose agreements it wrote, and its erasures.
 */
import type { Mutation } from '../../domain/sync-protocol';
import type { Actor } from '../audit/audit-log';
import { messages } from '../messages';
import type { Db } from '../store/schema';
import { rejection, type Rejection } from '../sync/rejections';
import { accessOf, visibleAmong, type Access } from './access';
import { closingRefusedAmong } from './close-guard';
import { erasedAmong, markErased } from './erased';
import { endShares, refreshShares } from './shares';
import type { Sealer } from '../crypto/sealer';


/** The household a mutation writes to: a household is its own. */
export const targetHousehold = (m: Pick<Mutation, 'table' | 'recordId' | 'householdId'>): string | null =>
  m.table === 'households' ? m.recordId : m.householdId;

export class HouseholdGuard {
  private readonly agreements = new Map<string, Set<string>>();
  private readonly deleted: { teamId: string; householdId: string }[] = [];

  private constructor(
    private readonly access: Access,
    private readonly visible: Map<string, Set<string>>,
    private readonly erased: Set<string>,
    private readonly sealer: Sealer,
    private readonly closingRefused: Set<string>,
  ) {}

  static async open(trx: Db, sealer: Sealer, actor: Actor, mutations: readonly Mutation[], now: Date): Promise<HouseholdGuard> {
    const targets = mutations.flatMap((m) => targetHousehold(m) ?? []);
    const access = await accessOf(trx, actor.userId);
    const visible = new Map<string, Set<string>>();
    for (const teamId of new Set(mutations.map((m) => m.teamId))) {
      const ofTeam = mutations.filter((m) => m.teamId === teamId).flatMap((m) => targetHousehold(m) ?? []);
      visible.set(teamId, await visibleAmong(trx, access, teamId, [...new Set(ofTeam)], now));
    }
    const closingRefused = await closingRefusedAmong(trx, sealer, actor.userId, access, mutations);
    return new HouseholdGuard(access, visible, await erasedAmong(trx, targets), sealer, closingRefused);
  }

  refusal(m: Mutation): Rejection | null {
    const household = targetHousehold(m);
    if (household === null) return null;
    if (this.erased.has(household)) return rejection('forbidden', messages.householdErased);
    if (m.table === 'households' && this.closingRefused.has(household)) return rejection('forbidden', messages.mayNotClose);
    if (this.access.kind === 'lead') return null;
    // A partner works in the households shared with its organisation, and does not delete them.
    if (!this.visible.get(m.teamId)?.has(household)) return rejection('forbidden', messages.householdNotShared);
    if (m.table === 'households' && m.op === 'delete') return rejection('forbidden', messages.householdNotShared);
    return null;
  }

  noteAgreement(teamId: string, householdId: string): void {
    const households = this.agreements.get(teamId) ?? new Set<string>();
    households.add(householdId);
    this.agreements.set(teamId, households);
  }

  noteHouseholdDeleted(teamId: string, householdId: string): void {
    this.deleted.push({ teamId, householdId });
    this.erased.add(householdId);
  }

  /** After the batch's records are saved: `seqOf` gives the team's last seq of this batch. */
  async finish(trx: Db, seqOf: (teamId: string) => number, now: Date): Promise<void> {
    for (const [teamId, households] of this.agreements) await refreshShares(trx, this.sealer, teamId, [...households], seqOf(teamId), now);
    for (const { teamId, householdId } of this.deleted) {
      await markErased(trx, { household_id: householdId, team_id: teamId, cause: 'deleted', erased_at: now.toISOString() });
      await endShares(trx, teamId, householdId, now);
    }
  }
}
