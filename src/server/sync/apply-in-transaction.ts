/**
 * One mutation, inside its own transaction that holds the team's counter row: idempotency,
 * scope and validation first (a refused mutation writes nothing), then the merge rules of
 * src/domain/merge.ts, the conflict records they produce, and the cascade of a household delete.
 */
import { applyMutation, conflictMutation, toSyncRecord, type ConflictDraft, type ServerRecord } from '../../domain/merge';
import { validateFields } from '../../domain/records/validate';
import type { Mutation, PushResult } from '../../domain/sync-protocol';
import type { Actor, AuditAction } from '../audit/audit-log';
import { liveRecordsOfHousehold, loadRecord } from '../store/records';
import type { DialectName } from '../store/open-store';
import type { Db } from '../store/schema';
import { lockTeamCounter } from '../store/team-counters';
import { findMutation, logMutation, purgedTombstone } from './mutation-log';
import { rejected, rejection } from './rejections';
import { checkScope } from './scope';
import { TeamChanges } from './team-changes';

export async function applyInTransaction(
  trx: Db,
  dialect: DialectName,
  actor: Actor,
  m: Mutation,
  now: Date,
): Promise<PushResult> {
  // Lock first: a concurrent push of the same mutation then waits here and sees it as logged.
  const counter = await lockTeamCounter(trx, dialect, m.teamId);
  if (!counter) return rejected(m.mutationId, rejection('forbidden'));

  const logged = await findMutation(trx, m.mutationId);
  if (logged) {
    if (logged.team_id !== m.teamId) return rejected(m.mutationId, rejection('forbidden'));
    const current = await loadRecord(trx, logged.record_id);
    return { mutationId: m.mutationId, status: 'duplicate', record: current ? toSyncRecord(current) : purgedTombstone(logged) };
  }

  const current = await loadRecord(trx, m.recordId);
  const scope = await checkScope(trx, m, current);
  if (!scope.ok) return rejected(m.mutationId, scope.rejection);
  const validation = validateFields(m.table, m.changedFields, current === undefined && m.op === 'put');
  if (!validation.ok) {
    const message = validation.errors.map((e) => e.message).join(' ');
    return rejected(m.mutationId, rejection('invalid', message));
  }
  // A write into a deleted household is acknowledged and stored as a tombstone (deletes win).
  const effective: Mutation = { ...m, changedFields: validation.fields, op: scope.householdDeleted ? 'delete' : m.op };

  const changes = new TeamChanges(trx, m.teamId, counter, now);
  const applied = applyMutation(current, effective, changes.nextSeq);
  const record = applied.changed ? await changes.write(applied.record, auditAction(current, applied.record)) : applied.record;
  // A write that lost every field can still leave a conflict: its own text is the losing one.
  for (const draft of applied.conflicts) await writeConflict(trx, changes, draft, effective);
  if (applied.changed && record.table === 'households' && record.deleted) {
    await deleteHouseholdRecords(trx, changes, record, effective);
  }
  await changes.finish(actor);
  await logMutation(trx, m, actor.userId, { rev: record.rev, conflicts: applied.conflicts.length }, now);
  return { mutationId: m.mutationId, status: 'applied', record: toSyncRecord(record) };
}

function auditAction(before: ServerRecord | undefined, after: ServerRecord): AuditAction {
  if (after.deleted) return 'delete';
  return before ? 'update' : 'create';
}

/** The losing text becomes a record of its own, written through the same merge rule. */
async function writeConflict(trx: Db, changes: TeamChanges, draft: ConflictDraft, cause: Mutation): Promise<void> {
  const asMutation = conflictMutation(draft, cause);
  const existing = await loadRecord(trx, draft.id);
  const applied = applyMutation(existing, asMutation, changes.nextSeq);
  if (applied.changed) await changes.write(applied.record, 'create');
}

/** Erasing a household erases everything recorded about it: each record becomes a tombstone. */
async function deleteHouseholdRecords(trx: Db, changes: TeamChanges, household: ServerRecord, cause: Mutation): Promise<void> {
  for (const child of await liveRecordsOfHousehold(trx, household.teamId, household.id)) {
    const asDelete: Mutation = { ...cause, table: child.table, recordId: child.id, householdId: child.householdId, op: 'delete', changedFields: {} };
    const applied = applyMutation(child, asDelete, changes.nextSeq);
    if (applied.changed) await changes.write(applied.record, 'delete');
  }
}
