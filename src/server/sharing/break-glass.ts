/**
 * The teamleider's view of "break the glass": every household opened with a reason, by whom and
 * when. The reasons are breakGlass records (written on the device, offline too); who pushed each
 * comes from the mutation log, so a device cannot put another name on it.
 */
import type { BreakGlassOpening, BreakGlassQuery } from '../../domain/audit-protocol';
import { toServerRecord } from '../store/records';
import type { Sealer } from '../crypto/sealer';
import type { Db } from '../store/schema';

export type BreakGlassEntry = BreakGlassOpening;

/** `period` in UTC; a reason's time carries the device's offset, so it is compared as an instant. */
export async function breakGlassOfTeam(db: Db, sealer: Sealer, teamId: string, period: BreakGlassQuery = {}): Promise<BreakGlassEntry[]> {
  const rows = await db
    .selectFrom('records')
    .innerJoin('mutations', (join) => join.onRef('mutations.record_id', '=', 'records.id').onRef('mutations.team_id', '=', 'records.team_id'))
    .innerJoin('users', 'users.id', 'mutations.user_id')
    .selectAll('records')
    .select('users.display_name')
    .where('records.team_id', '=', teamId)
    .where('records.table_name', '=', 'breakGlass')
    .where('records.deleted', '=', 0)
    .execute();
  const entries = rows.map((row) => {
    const record = toServerRecord(row, sealer);
    return { householdId: record.householdId ?? '', at: String(record.fields.at ?? ''), reason: String(record.fields.reason ?? ''), user: row.display_name };
  });
  // One record may have been pushed by several mutations (edits): one entry per record.
  const unique = new Map(entries.map((e, i) => [`${rows[i]!.id}`, e]));
  const from = period.from ? Date.parse(period.from) : -Infinity;
  const to = period.to ? Date.parse(period.to) : Infinity;
  const inPeriod = (e: BreakGlassEntry) => Date.parse(e.at) >= from && Date.parse(e.at) <= to;
  return [...unique.values()].filter(inPeriod).sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
