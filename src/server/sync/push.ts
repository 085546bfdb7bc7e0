import { MAX_CLOCK_DRIFT_MS, parseHlc } from '../../domain/hlc';
import { SCHEMA_VERSION, type Mutation, type PushResult } from '../../domain/sync-protocol';
import type { Actor } from '../audit/audit-log';
import { isMember } from '../auth/accounts';
import { messages } from '../messages';
import type { Store } from '../store/open-store';
import type { Db } from '../store/schema';
import { withRetries } from '../store/transaction';
import { applyInTransaction } from './apply-in-transaction';
import { rejected, rejection } from './rejections';

/**
 * Apply a batch of mutations in order, so a later one may build on an earlier one (a contact
 * after its new household). The batch commits as one transaction: a durable commit (fsync) per
 * mutation would cap a device's catch-up at a few hundred changes a second. A refused mutation
 * still costs only itself, because every check runs before anything is written. Should the batch
 * transaction fail for another reason, each mutation is retried in a transaction of its own, so
 * one bad apple never blocks the rest. Callable without HTTP (the bench drives it directly).
 */
export async function pushMutations(
  store: Store,
  actor: Actor,
  mutations: readonly Mutation[],
  now: Date = new Date(),
): Promise<PushResult[]> {
  const results: (PushResult | undefined)[] = [];
  const toApply: { index: number; mutation: Mutation }[] = [];
  const memberOf = new Map<string, boolean>();
  for (const [index, m] of mutations.entries()) {
    const refusal = await precheck(store, actor, m, now, memberOf);
    if (refusal) results[index] = refusal;
    else toApply.push({ index, mutation: m });
  }
  const applyAll = (trx: Db) =>
    sequentially(toApply, ({ mutation }) => applyInTransaction(trx, store.dialect, actor, mutation, now));
  let applied: PushResult[];
  try {
    applied = await withRetries(() => store.db.transaction().execute(applyAll));
  } catch {
    applied = await sequentially(toApply, ({ mutation }) =>
      withRetries(() =>
        store.db.transaction().execute((trx) => applyInTransaction(trx, store.dialect, actor, mutation, now)),
      ),
    );
  }
  toApply.forEach(({ index }, i) => (results[index] = applied[i]));
  return results as PushResult[];
}

async function precheck(
  store: Store,
  actor: Actor,
  m: Mutation,
  now: Date,
  memberOf: Map<string, boolean>,
): Promise<PushResult | null> {
  if (m.schemaVersion > SCHEMA_VERSION) return rejected(m.mutationId, rejection('schema-too-new'));
  // A stamp from a clock far ahead would win every later merge of its fields, for everyone.
  if (parseHlc(m.hlc).wallMs > now.getTime() + MAX_CLOCK_DRIFT_MS) {
    return rejected(m.mutationId, rejection('invalid', messages.clockAhead));
  }
  if (!memberOf.has(m.teamId)) memberOf.set(m.teamId, await isMember(store.db, actor.userId, m.teamId));
  return memberOf.get(m.teamId) ? null : rejected(m.mutationId, rejection('forbidden'));
}

async function sequentially<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await fn(item));
  return out;
}
