import { MAX_PUSH_BATCH, PROTOCOL_VERSION, pushResponseSchema, type PushRequest, type PushResponse, type PushResult } from '../../domain';
import { applyPushResults, clearSending, markSending, openMutations, type DataLayer } from '../db';
import { readAnswer } from './answer';
import { ApiFailure, type ApiClient } from './http';
import { syncTexts } from './texts';

/**
 * Send every pending outbox entry, oldest first, in batches. The server acknowledges or
 * refuses each mutation; applyPushResults removes the acknowledged ones and marks the refused
 * ones, so each batch shrinks the pending set and the loop ends. Mutations are sent exactly as
 * they were queued: the repositories made them complete.
 */
export async function pushOutbox(data: DataLayer, api: ApiClient, token: string): Promise<void> {
  let batchSize = MAX_PUSH_BATCH;
  for (;;) {
    const entries = await data.db.outbox.where('status').equals('pending').limit(batchSize).toArray();
    if (entries.length === 0) return;
    // Opened only now, outside any transaction, for this request (they stay sealed at rest).
    const body: PushRequest = { protocolVersion: PROTOCOL_VERSION, mutations: await openMutations(data.store.codec, entries) };
    let response: PushResponse;
    // From here until the answer is applied, autosaves must not fold into these entries.
    await markSending(data.db, entries);
    try {
      response = readAnswer(pushResponseSchema, await api.post('/api/sync/push', body, token), 'push');
    } catch (error) {
      await clearSending(data.db);
      // Too many bytes for one request: send fewer at a time. A single one too large stays.
      if (error instanceof ApiFailure && error.status === 413 && batchSize > 1) {
        batchSize = Math.max(1, Math.floor(batchSize / 2));
        continue;
      }
      throw error;
    }
    const sent = new Set(body.mutations.map((m) => m.mutationId));
    const answered = response.results.filter((r) => sent.has(r.mutationId));
    // Guards the loop: an answer that settles nothing would send the same batch forever.
    if (answered.length === 0) throw new Error('Push answer acknowledged none of the sent mutations');
    await applyPushResults(data.store, answered.map(withOwnText));
    await clearSending(data.db);
  }
}

/** Refusals this app explains in its own words (what happened and what to do), else the server's. */
function withOwnText(result: PushResult): PushResult {
  if (result.status === 'rejected' && result.code === 'foreign-client') return { ...result, message: syncTexts.foreignClient };
  return result;
}
