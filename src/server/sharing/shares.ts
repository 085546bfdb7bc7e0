/**
 * household_shares follows the sharing agreements: after a push wrote agreement rows (or erased a
 * household), the shares of those households are derived again in the same transaction, so a
 * pull never sees an agreement without its share or the other way round.
 */
import { sharedWith, shareCurrent, dutchDate, type AgreementRow } from '../../domain/rules/need-to-know';
import { toServerRecord } from '../store/records';
import type { Sealer } from '../crypto/sealer';
import type { Db } from '../store/schema';

export async function refreshShares(trx: Db, sealer: Sealer, teamId: string, householdIds: readonly string[], seq: number, now: Date): Promise<void> {
  const today = dutchDate(now);
  for (const householdId of householdIds) {
    const rows = await trx
      .selectFrom('records')
      .selectAll()
      .where('team_id', '=', teamId)
      .where('household_id', '=', householdId)
      .where('table_name', '=', 'sharingAgreements')
      .where('deleted', '=', 0)
      .execute();
    const agreements = rows.map((row) => agreementOf(toServerRecord(row, sealer).fields));
    const shares = sharedWith(agreements);
    const before = await trx.selectFrom('household_shares').selectAll().where('team_id', '=', teamId).where('household_id', '=', householdId).execute();
    const old = new Map(before.map((r) => [r.organisation_id, r]));
    for (const [organisationId, share] of shares) {
      const prior = old.get(organisationId);
      // Access that starts now (new, or after a withdrawal or expiry) sends the backlog from here.
      const wasVisible = prior !== undefined && prior.active === 1 && shareCurrent(prior, today);
      const row = {
        team_id: teamId,
        household_id: householdId,
        organisation_id: organisationId,
        granted_seq: wasVisible ? prior.granted_seq : seq,
        active: 1,
        until: share.until,
        updated_at: now.toISOString(),
      };
      await trx
        .insertInto('household_shares')
        .values(row)
        .onConflict((oc) => oc.columns(['team_id', 'household_id', 'organisation_id']).doUpdateSet({ granted_seq: row.granted_seq, active: 1, until: row.until, updated_at: row.updated_at }))
        .execute();
    }
    const ended = before.filter((r) => !shares.has(r.organisation_id) && r.active === 1).map((r) => r.organisation_id);
    if (ended.length > 0) await endShares(trx, teamId, householdId, now, ended);
  }
}

/** The organisations (all, when not given) lose the household: their devices purge it at their next pull. */
export async function endShares(trx: Db, teamId: string, householdId: string, now: Date, organisationIds?: readonly string[]): Promise<void> {
  await trx
    .updateTable('household_shares')
    .set({ active: 0, updated_at: now.toISOString() })
    .where('team_id', '=', teamId)
    .where('household_id', '=', householdId)
    .$if(organisationIds !== undefined, (qb) => qb.where('organisation_id', 'in', [...(organisationIds ?? [])]))
    .execute();
}

function agreementOf(fields: Record<string, unknown>): AgreementRow {
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  return { organisationId: String(fields.organisationId), agreedOn: text(fields.agreedOn), until: text(fields.until), withdrawnOn: text(fields.withdrawnOn) };
}
