import { MAX_CLOCK_DRIFT_MS, parseHlc } from '../../domain/hlc';
import { SCHEMA_VERSION, type Mutation, type PushResult } from '../../domain/sync-protocol';
import type { Actor } from '../audit/audit-log';
import { isMember } from '../auth/accounts';
import { messages } from '../messages';
import type { Store } from '../store/open-store';
import { withRetries } from '../store/transaction';
import { applyInTransaction } from './apply-in-transaction';
import { rejected, rejection } from './rejections';

/**
 * Apply a batch of mutations, each in its own transaction and in order, so a refused one costs
 * only itself and a later one may build on an earlier one (a contact after its new household).
 * Callable without HTTP (the bench drives it directly).
 */
export async function pushMutations(
  store: Store,
  actor: Actor,
  mutations: readonly Mutation[],
  now: Date = new Date(),
): Promise<PushResult[]> {
  const memberOf = new Map<string, boolean>();
  const results: PushResult[] = [];
  for (const m of mutations) {
    if (m.schemaVersion > SCHEMA_VERSION) {
      results.push(rejected(m.mutationId, rejection('schema-too-new')));
      continue;
    }
    // A stamp from a clock far ahead would win every later merge of its fields, for everyone.
    if (parseHlc(m.hlc).wallMs > now.getTime() + MAX_CLOCK_DRIFT_MS) {
      results.push(rejected(m.mutationId, rejection('invalid', messages.clockAhead)));
      continue;
    }
    if (!memberOf.has(m.teamId)) memberOf.set(m.teamId, await isMember(store.db, actor.userId, m.teamId));
    if (!memberOf.get(m.teamId)) {
      results.push(rejected(m.mutationId, rejection('forbidden')));
      continue;
    }
    results.push(
      await withRetries(() =>
        store.db.transaction().execute((trx) => applyInTransaction(trx, store.dialect, actor, m, now)),
      ),
    );
  }
  return results;
}
