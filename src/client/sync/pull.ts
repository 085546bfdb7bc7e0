import { PROTOCOL_VERSION, pullResponseSchema, type PullRequest } from '../../domain';
import { applyServerRecords, forgetHouseholds, readCursor, type DataLayer } from '../db';
import { readAnswer } from './answer';
import type { ApiClient } from './http';
import type { PullProgress } from './types';

/**
 * Download a team's changes after this device's cursor, page by page, until the server has no
 * more. Each page is applied together with its new cursor in one transaction, so a device that
 * dies halfway resumes after the last page it stored, never skipping one.
 */
export async function pullTeam(
  data: DataLayer,
  api: ApiClient,
  token: string,
  teamId: string,
  onProgress: (progress: PullProgress) => void = () => undefined,
): Promise<void> {
  let cursor = await readCursor(data.db, teamId);
  let received = 0;
  for (;;) {
    const body: PullRequest = { protocolVersion: PROTOCOL_VERSION, teamId, cursor };
    const page = readAnswer(pullResponseSchema, await api.post('/api/sync/pull', body, token), 'pull');
    await applyServerRecords(data.store, page.records, { cursor: { teamId, value: page.cursor } });
    // A partner's device: households whose sharing agreement ended leave this device.
    if (page.purge?.length) await forgetHouseholds(data.db, page.purge);
    received += page.records.length;
    // Only a pull of more than one page is worth showing (a new phone, a long time away).
    if (page.hasMore || received > page.records.length) {
      onProgress({ received, total: typeof page.remaining === 'number' ? received + page.remaining : null });
    }
    if (!page.hasMore) return;
    // Guards the loop: "more" without progress would ask for the same page forever.
    if (page.cursor <= cursor) throw new Error(`Pull cursor did not advance for team ${teamId}`);
    cursor = page.cursor;
  }
}
