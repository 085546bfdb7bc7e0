import { MAX_CLOCK_DRIFT_MS, parseHlc } from '../../domain/hlc';
import { SCHEMA_VERSION, type Mutation, type PushResult, type RejectionCode } from '../../domain/sync-protocol';
import { writeAudit, type Actor } from '../audit/audit-log';
import { teamsAmong } from '../auth/accounts';
import { messages } from '../messages';
import type { Store } from '../store/open-store';
import { inRetriedTransaction, StoreBusyError } from '../store/transaction';
import { applyBatch } from './apply-batch';
import { rejected, rejection } from './rejections';

/**
 * Apply a batch of mutations in order, so a later one may build on an earlier one (a contact
 * after its new household). The batch commits as one transaction: a durable commit (fsync) per
 * mutation would cap a device's catch-up at a few hundred changes a second. Inside it, the work
 * is done per batch, not per mutation: a few reads up front, a few multi-row writes at the end
 * (see apply-batch.ts). A refused mutation still costs only itself, because every check runs
 * before anything is written. Should the batch transaction fail for another reason, each
 * mutation is retried in a transaction of its own, so one bad apple never blocks the rest.
 * Each transaction runs at READ COMMITTED whatever the database's default (store/transaction.ts).
 * Callable without HTTP (the bench drives it directly).
 */
export async function pushMutations(
  store: Store,
  actor: Actor,
  mutations: readonly Mutation[],
  now: Date = new Date(),
): Promise<PushResult[]> {
  const results: (PushResult | undefined)[] = [];
  const toApply: { index: number; mutation: Mutation }[] = [];
  const memberOf = await teamsAmong(store.db, actor.userId, [...new Set(mutations.map((m) => m.teamId))]);
  for (const [index, m] of mutations.entries()) {
    const refusal = precheck(m, actor, now, memberOf);
    if (refusal) results[index] = refusal;
    else toApply.push({ index, mutation: m });
  }
  const apply = (batch: Mutation[]) => inRetriedTransaction(store.db, (trx) => applyBatch(trx, store, actor, batch, now));
  const batch = toApply.map(({ mutation }) => mutation);
  let applied: PushResult[];
  try {
    applied = batch.length === 0 ? [] : await apply(batch);
  } catch (error) {
    // Contention that outlasted the retries would only repeat per mutation: answer 503 instead.
    if (error instanceof StoreBusyError) throw error;
    applied = [];
    for (const mutation of batch) applied.push(...(await apply([mutation])));
  }
  toApply.forEach(({ index }, i) => (results[index] = applied[i]));
  await auditRefusals(store, actor, mutations, results as PushResult[], now);
  return results as PushResult[];
}

/** Rejections that are the access check saying no (not a malformed change): these go into the trail. */
const accessRefusals: ReadonlySet<RejectionCode> = new Set(['forbidden', 'foreign-client', 'household-mismatch']);

/**
 * Every refused write is in the trail with its reason, in its own transaction: the batch that
 * refused it may have been rolled back. At most one entry per mutation, so at most a batch's worth.
 */
async function auditRefusals(store: Store, actor: Actor, mutations: readonly Mutation[], results: readonly PushResult[], now: Date) {
  const refused = mutations.flatMap((m, index) => {
    const result = results[index];
    if (result?.status !== 'rejected' || !accessRefusals.has(result.code)) return [];
    const action = m.op === 'delete' ? 'delete' : m.baseRev === 0 ? 'create' : 'update';
    return [{ teamId: m.teamId, householdId: m.householdId, action, table: m.table, recordId: m.recordId, outcome: 'refused', reason: result.code } as const];
  });
  if (refused.length > 0) await inRetriedTransaction(store.db, (trx) => writeAudit(trx, store.dialect, actor, refused, now));
}

function precheck(m: Mutation, actor: Actor, now: Date, memberOf: ReadonlySet<string>): PushResult | null {
  // The merge rules take a write from the same node as that device's own work (no conflict):
  // only the device the node is bound to may use it.
  if (actor.clientId !== undefined && m.clientId !== actor.clientId) return rejected(m.mutationId, rejection('foreign-client'));
  if (m.schemaVersion > SCHEMA_VERSION) return rejected(m.mutationId, rejection('schema-too-new'));
  // A stamp from a clock far ahead would win every later merge of its fields, for everyone.
  if (parseHlc(m.hlc).wallMs > now.getTime() + MAX_CLOCK_DRIFT_MS) {
    return rejected(m.mutationId, rejection('invalid', messages.clockAhead));
  }
  return memberOf.has(m.teamId) ? null : rejected(m.mutationId, rejection('forbidden'));
}
