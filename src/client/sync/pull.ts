import { PROTOCOL_VERSION, type PullRequest, type PullResponse } from '../../domain';
import { applyServerRecords, readCursor, type DataLayer } from '../db';
import type { ApiClient } from './http';

/**
 * Download a team's changes after this device's cursor, page by page, until the server has no
 * more. Each page is applied together with its new cursor in one transaction, so a device that
 * dies halfway resumes after the last page it stored, never skipping one.
 */
export async function pullTeam(data: DataLayer, api: ApiClient, token: string, teamId: string): Promise<void> {
  let cursor = await readCursor(data.db, teamId);
  for (;;) {
    const body: PullRequest = { protocolVersion: PROTOCOL_VERSION, teamId, cursor };
    const page = await api.post<PullResponse>('/api/sync/pull', body, token);
    await applyServerRecords(data.store, page.records, { cursor: { teamId, value: page.cursor } });
    if (!page.hasMore) return;
    // Guards the loop: "more" without progress would ask for the same page forever.
    if (page.cursor <= cursor) throw new Error(`Pull cursor did not advance for team ${teamId}`);
    cursor = page.cursor;
  }
}
