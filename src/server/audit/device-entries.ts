/**
 * The reads a device reports (opening a household, a contact moment, a map or a plan, printing
 * the plan), also those done offline days ago: each lands in the team's chain with the time it
 * happened on the device (`occurred_at`) and the time the server received it (`at`). The body
 * names only ids and an action; who and which device come from the session. A hostile device
 * can thus only speak for itself: an entry for a team the user is not in, a household not of
 * that team, or a time in the future or too far back is refused, and such refusals go into the
 * trail once per team and reason per request (not once per entry, so they cannot flood it).
 */
import { MAX_CLOCK_DRIFT_MS } from '../../domain/hlc';
import {
  MAX_DEVICE_AUDIT_AGE_DAYS,
  type DeviceAuditEntry,
  type DeviceAuditRefusal,
  type DeviceAuditResponse,
} from '../../domain/audit-protocol';
import { teamsAmong } from '../auth/accounts';
import { selectInChunks } from '../store/chunks';
import type { Store } from '../store/open-store';
import { inRetriedTransaction } from '../store/transaction';
import { writeAudit, type Actor, type AuditEntry } from './audit-log';

export async function recordDeviceAudit(
  store: Store,
  actor: Actor,
  entries: readonly DeviceAuditEntry[],
  now: Date,
): Promise<DeviceAuditResponse> {
  const unique = [...new Map(entries.map((e) => [e.entryId, e])).values()];
  const memberOf = await teamsAmong(store.db, actor.userId, [...new Set(unique.map((e) => e.teamId))]);
  const householdTeams = await teamsOfHouseholds(store, unique.flatMap((e) => (e.householdId ? [e.householdId] : [])));
  const refused: DeviceAuditResponse['refused'] = [];
  const acceptable: DeviceAuditEntry[] = [];
  for (const entry of unique) {
    const code = refusalOf(entry, memberOf, householdTeams, now);
    if (code) refused.push({ entryId: entry.entryId, code });
    else acceptable.push(entry);
  }
  return inRetriedTransaction(store.db, async (trx) => {
    // A replay racing this one is caught by the unique index (user, device entry id); the
    // retried transaction then finds its entries here and counts them as duplicates.
    const seen = new Set(
      (
        await selectInChunks(
          acceptable.map((e) => e.entryId),
          (chunk) =>
            trx
              .selectFrom('audit_log')
              .select('device_entry_id')
              .where('user_id', '=', actor.userId)
              .where('device_entry_id', 'in', chunk)
              .execute(),
        )
      ).map((row) => row.device_entry_id),
    );
    const fresh = acceptable.filter((e) => !seen.has(e.entryId));
    const audit: AuditEntry[] = fresh.map((e) => ({
      teamId: e.teamId,
      householdId: e.householdId,
      action: e.action,
      table: e.table,
      recordId: e.recordId,
      device: { occurredAt: e.occurredAt, entryId: e.entryId },
    }));
    await writeAudit(trx, store.dialect, actor, [...audit, ...refusalEntries(entries, refused)], now);
    return { recorded: fresh.length, duplicate: acceptable.length - fresh.length, refused };
  });
}

function refusalOf(
  entry: DeviceAuditEntry,
  memberOf: ReadonlySet<string>,
  householdTeams: ReadonlyMap<string, string>,
  now: Date,
): DeviceAuditRefusal | null {
  if (!memberOf.has(entry.teamId)) return 'not-in-team';
  // A search (no household) looked through the team's own list: membership is its check.
  if (entry.householdId !== null && householdTeams.get(entry.householdId) !== entry.teamId) return 'unknown-household';
  const at = Date.parse(entry.occurredAt);
  if (at > now.getTime() + MAX_CLOCK_DRIFT_MS) return 'in-future';
  if (at < now.getTime() - MAX_DEVICE_AUDIT_AGE_DAYS * 86_400_000) return 'too-old';
  return null;
}

/** One refused entry per team and reason: the trail shows the attempt without being flooded by it. */
function refusalEntries(entries: readonly DeviceAuditEntry[], refused: DeviceAuditResponse['refused']): AuditEntry[] {
  const byId = new Map(entries.map((e) => [e.entryId, e]));
  const groups = new Map<string, AuditEntry>();
  for (const { entryId, code } of refused) {
    const entry = byId.get(entryId)!;
    const key = `${entry.teamId}|${code}`;
    if (!groups.has(key)) {
      groups.set(key, { teamId: entry.teamId, householdId: null, action: entry.action, table: null, recordId: null, outcome: 'refused', reason: `device-${code}` });
    }
  }
  return [...groups.values()];
}

/** The team of each named household that exists (erased ones too: their tombstone is kept). */
async function teamsOfHouseholds(store: Store, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await selectInChunks([...new Set(ids)], (chunk) =>
    store.db.selectFrom('records').select(['id', 'team_id']).where('table_name', '=', 'households').where('id', 'in', chunk).execute(),
  );
  return new Map(rows.map((row) => [row.id, row.team_id]));
}
