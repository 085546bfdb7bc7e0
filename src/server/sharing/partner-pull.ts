/**
 * What a partner organisation's user pulls. The team's stream is `team_id = ? AND seq > cursor`;
 * a partner sees the part of it about households shared with its organisation today. Access
 * changes move along the same seq line (household_shares.granted_seq is the team seq at which
 * the access began), so one cursor still says everything:
 * - the page holds the shared households' records after the cursor;
 * - a household whose access began after the cursor (granted_seq in (cursor, new cursor]) also
 *   sends its backlog, the rows up to the cursor the device never received (a device that
 *   caught up from far back, across the grant, may get some of them twice: applying a record it
 *   already holds changes nothing, and keeping no per-device state keeps the pull stateless);
 * - households the organisation may no longer see (withdrawn, expired, erased) are named in
 *   `purge` on every pull, and the device drops them (also their tombstones, so a new agreement
 *   can bring them back).
 * See docs/design/sharing.md.
 */
import type { ServerRecord } from '../../domain/merge';
import { toServerRecord } from '../store/records';
import type { Sealer } from '../crypto/sealer';
import type { Db } from '../store/schema';
import { noLongerVisible, visibleHouseholdIds } from './access';

export interface PartnerPage {
  rows: ServerRecord[];
  backlog: ServerRecord[];
  cursor: number;
  hasMore: boolean;
  purge: string[];
}

export async function partnerPage(
  db: Db,
  sealer: Sealer,
  input: { teamId: string; organisationId: string; cursor: number; limit: number; teamSeq: number },
  now: Date,
): Promise<PartnerPage> {
  const { teamId, organisationId, cursor, limit } = input;
  const visible = () => visibleHouseholdIds(db, teamId, organisationId, now);
  const found = await db
    .selectFrom('records')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('seq', '>', cursor)
    .where((eb) => eb.or([eb('household_id', 'in', visible()), eb.and([eb('table_name', '=', 'households'), eb('id', 'in', visible())])]))
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  const hasMore = found.length > limit;
  const rows = found.slice(0, limit).map((row) => toServerRecord(row, sealer));
  // Without more rows, every change up to the team's seq read before is seen (those committed).
  const next = hasMore ? rows.at(-1)!.rev : Math.max(rows.at(-1)?.rev ?? cursor, input.teamSeq, cursor);
  const granted = await visible().where('granted_seq', '>', cursor).where('granted_seq', '<=', next).execute();
  const backlog = cursor === 0 || granted.length === 0 ? [] : await backlogOf(db, sealer, teamId, granted.map((g) => g.household_id), cursor);
  return { rows, backlog, cursor: next, hasMore, purge: await noLongerVisible(db, teamId, organisationId, now) };
}

/** The live rows of these households up to the cursor: what a device that just got access lacks. */
async function backlogOf(db: Db, sealer: Sealer, teamId: string, householdIds: string[], cursor: number): Promise<ServerRecord[]> {
  const rows = await db
    .selectFrom('records')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('seq', '<=', cursor)
    .where('deleted', '=', 0)
    .where((eb) => eb.or([eb('household_id', 'in', householdIds), eb.and([eb('table_name', '=', 'households'), eb('id', 'in', householdIds)])]))
    .orderBy('seq')
    .execute();
  return rows.map((row) => toServerRecord(row, sealer));
}
