/**
 * Erasing a household everywhere (a beheerder's act, or the retention job). In one transaction
 * under the team's counter: every record of the household becomes a tombstone without fields
 * (each with a new seq, so every device pulls it and purges the household), the household is
 * registered as erased (no push can write to it again, not even after the tombstones are
 * purged), partner organisations lose it, and the audit trail keeps that it happened: who, when,
 * which household id, why ('erasure' / 'retention'); never what it held.
 */
import { writeAudit, type Actor } from '../audit/audit-log';
import type { Store } from '../store/open-store';
import { liveRecordsOfHousehold, loadRecords, updateRecords } from '../store/records';
import { lockTeamCounter, setTeamCounter } from '../store/team-counters';
import { inRetriedTransaction } from '../store/transaction';
import { markErased } from './erased';
import { endShares } from './shares';

export type EraseOutcome = { ok: true; teamId: string; records: number } | { ok: false; reason: 'not-found' };

export function eraseHousehold(store: Store, actor: Actor, householdId: string, cause: 'erasure' | 'retention', now: Date): Promise<EraseOutcome> {
  return inRetriedTransaction(store.db, async (trx) => {
    const [household] = await loadRecords(trx, store.sealer, [householdId]);
    if (!household || household.table !== 'households') return { ok: false, reason: 'not-found' } as const;
    const teamId = household.teamId;
    const counter = await lockTeamCounter(trx, store.dialect, teamId);
    if (!counter) return { ok: false, reason: 'not-found' } as const;
    const live = await liveRecordsOfHousehold(trx, store.sealer, teamId, householdId);
    let seq = counter.seq;
    const tombstones = [...(household.deleted ? [] : [household]), ...live].map((r) => ({
      ...r,
      fields: {},
      stamps: {},
      fieldRevs: {},
      deleted: true,
      rev: ++seq,
    }));
    await updateRecords(trx, store.sealer, tombstones, now);
    if (seq !== counter.seq) await setTeamCounter(trx, teamId, { ...counter, seq });
    await markErased(trx, { household_id: householdId, team_id: teamId, cause, erased_at: now.toISOString() });
    await endShares(trx, teamId, householdId, now);
    await writeAudit(trx, store.dialect, actor, [{ teamId, householdId, action: cause === 'erasure' ? 'erase' : 'retention', table: 'households', recordId: householdId }], now);
    return { ok: true, teamId, records: tombstones.length } as const;
  });
}
