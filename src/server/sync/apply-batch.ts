/**
 * A batch of mutations inside one transaction. What the batch needs is read first (its teams'
 * counter rows, locked; the mutation log; the records and households it names), then each
 * mutation in order: idempotency, scope and validation first (a refused mutation writes
 * nothing), then the merge rules of src/domain/merge.ts, the conflict records they produce, and
 * the cascade of a household delete. The writes go to the store together at the end.
 */
import { applyMutation, conflictMutation, toSyncRecord, type ConflictDraft, type ServerRecord } from '../../domain/merge';
import { validateFields } from '../../domain/records/validate';
import type { Mutation, PushResult } from '../../domain/sync-protocol';
import type { Actor, AuditAction } from '../audit/audit-log';
import type { StoreContext } from '../store/open-store';
import type { Db } from '../store/schema';
import { BatchChanges } from './batch-changes';
import { purgedTombstone } from './mutation-log';
import { messages } from '../messages';
import { rejected, rejection } from './rejections';
import { checkScope } from './scope';

export async function applyBatch(
  trx: Db,
  context: StoreContext,
  actor: Actor,
  mutations: readonly Mutation[],
  now: Date,
): Promise<PushResult[]> {
  const batch = await BatchChanges.open(trx, context, actor, mutations, now);
  const results: PushResult[] = [];
  for (const m of mutations) results.push(await applyOne(batch, m));
  await batch.finish();
  return results;
}

async function applyOne(batch: BatchChanges, m: Mutation): Promise<PushResult> {
  if (!batch.holdsTeam(m.teamId)) return rejected(m.mutationId, rejection('forbidden'));

  const logged = batch.loggedMutation(m.mutationId);
  if (logged) {
    if (logged.team_id !== m.teamId) return rejected(m.mutationId, rejection('forbidden'));
    const current = await batch.records.get(logged.record_id);
    return { mutationId: m.mutationId, status: 'duplicate', record: current ? toSyncRecord(current) : purgedTombstone(logged) };
  }

  const guarded = batch.guard.refusal(m);
  if (guarded) return rejected(m.mutationId, guarded);
  const current = await batch.records.get(m.recordId);
  const household = m.householdId === null ? undefined : await batch.records.get(m.householdId);
  const scope = checkScope(m, current, household);
  if (!scope.ok) return rejected(m.mutationId, scope.rejection);
  const validation = validateFields(m.table, m.changedFields, current === undefined && m.op === 'put');
  if (!validation.ok) {
    const message = validation.errors.map((e) => e.message).join(' ');
    return rejected(m.mutationId, rejection('invalid', message));
  }
  // A write into a deleted household is acknowledged and stored as a tombstone (deletes win).
  const effective: Mutation = { ...m, changedFields: validation.fields, op: scope.householdDeleted ? 'delete' : m.op };

  const applied = applyMutation(current, effective, batch.nextSeq(m.teamId));
  const conflictTargets = await conflictTargetsOf(batch, applied.conflicts);
  if (!conflictTargets.ok) return rejected(m.mutationId, rejection('invalid', messages.conflictIdTaken));
  const record = applied.changed ? batch.write(applied.record, auditAction(current, applied.record)) : applied.record;
  // A write that lost every field can still leave a conflict: its own text is the losing one.
  for (const [i, draft] of applied.conflicts.entries()) writeConflict(batch, draft, conflictTargets.existing[i], effective);
  if (applied.changed && record.table === 'households' && record.deleted) {
    await deleteHouseholdRecords(batch, record, effective);
  }
  batch.log(m, { rev: record.rev, conflicts: applied.conflicts.length });
  return { mutationId: m.mutationId, status: 'applied', record: toSyncRecord(record) };
}

function auditAction(before: ServerRecord | undefined, after: ServerRecord): AuditAction {
  if (after.deleted) return 'delete';
  return before ? 'update' : 'create';
}

/**
 * The records already at the ids of these conflicts. Conflict ids are in the server's namespace
 * and derived from a mutation id that is new, so there should be none; a record that is there
 * anyway (from a time before the namespace) must be a conflict of the same team and household,
 * or the losing text would land in someone else's record: then the mutation is refused whole.
 */
async function conflictTargetsOf(
  batch: BatchChanges,
  drafts: readonly ConflictDraft[],
): Promise<{ ok: true; existing: (ServerRecord | undefined)[] } | { ok: false }> {
  const existing: (ServerRecord | undefined)[] = [];
  for (const draft of drafts) {
    const record = await batch.records.get(draft.id);
    const fits = record === undefined || (record.table === 'conflicts' && record.teamId === draft.teamId && record.householdId === draft.householdId);
    if (!fits) return { ok: false };
    existing.push(record);
  }
  return { ok: true, existing };
}

/** The losing text becomes a record of its own, written through the same merge rule. */
function writeConflict(batch: BatchChanges, draft: ConflictDraft, existing: ServerRecord | undefined, cause: Mutation): void {
  const applied = applyMutation(existing, conflictMutation(draft, cause), batch.nextSeq(draft.teamId));
  if (applied.changed) batch.write(applied.record, 'create');
}

/** Erasing a household erases everything recorded about it: each record becomes a tombstone. */
async function deleteHouseholdRecords(batch: BatchChanges, household: ServerRecord, cause: Mutation): Promise<void> {
  for (const child of await batch.records.liveOfHousehold(household.teamId, household.id)) {
    const asDelete: Mutation = { ...cause, table: child.table, recordId: child.id, householdId: child.householdId, op: 'delete', changedFields: {} };
    const applied = applyMutation(child, asDelete, batch.nextSeq(child.teamId));
    if (applied.changed) batch.write(applied.record, 'delete');
  }
}
