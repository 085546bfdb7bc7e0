/**
 * An in-memory sync server that keeps the contract of DESIGN.md with the domain functions, the
 * way src/server/sync does: idempotent push by mutationId, validation, applyMutation for every
 * write (conflict records too), one team sequence number per written record (so a pull page
 * never splits a revision), a household delete that erases the household's records, and pull
 * by cursor in pages.
 */
import { hlcNode } from '../../../../src/domain/hlc';
import { applyMutation, conflictMutation, toSyncRecord, type ConflictDraft, type ServerRecord } from '../../../../src/domain/merge';
import { tables } from '../../../../src/domain/records/tables';
import { validateFields } from '../../../../src/domain/records/validate';
import { mutationSchema, type Mutation, type PullResponse, type PushResult } from '../../../../src/domain/sync-protocol';
import { recordKey, type RecordKey } from './keys';

export class SimServer {
  readonly records = new Map<RecordKey, ServerRecord>();
  /** Broken promises noticed while applying (an invalid conflict, or one between two writes of one device). */
  readonly anomalies: string[] = [];
  private readonly seqByTeam = new Map<string, number>();
  private readonly appliedMutations = new Set<string>();

  push(mutations: readonly Mutation[]): PushResult[] {
    return mutations.map((m) => this.pushOne(m));
  }

  pull(teamId: string, cursor: number, limit: number): PullResponse {
    const changed = [...this.records.values()]
      .filter((r) => r.teamId === teamId && r.rev > cursor)
      .sort((a, b) => a.rev - b.rev);
    const page = changed.slice(0, limit);
    return { records: page.map(toSyncRecord), cursor: page.at(-1)?.rev ?? cursor, hasMore: changed.length > limit };
  }

  seq(teamId: string): number {
    return this.seqByTeam.get(teamId) ?? 0;
  }

  private pushOne(raw: Mutation): PushResult {
    const rejected = (message: string): PushResult => ({ mutationId: raw.mutationId, status: 'rejected', code: 'invalid', message });
    const parsed = mutationSchema.safeParse(raw);
    if (!parsed.success) return rejected(parsed.error.message);
    const m = parsed.data;
    const current = this.records.get(recordKey(m.table, m.recordId));
    if (this.appliedMutations.has(m.mutationId)) {
      return { mutationId: m.mutationId, status: 'duplicate', record: toSyncRecord(current!) };
    }
    const household = m.householdId === null ? undefined : this.records.get(recordKey('households', m.householdId));
    if (tables[m.table].inHousehold && !household) return rejected('household missing');
    const validation = validateFields(m.table, m.changedFields, current === undefined && m.op === 'put');
    if (!validation.ok) return rejected(JSON.stringify(validation.errors));
    // A write into a deleted household is stored as a tombstone: deletes win.
    const effective: Mutation = { ...m, changedFields: validation.fields, op: household?.deleted ? 'delete' : m.op };
    const applied = this.write(current, effective);
    for (const draft of applied.conflicts) {
      this.checkDraft(draft, current, effective, applied.record);
      this.write(this.records.get(recordKey('conflicts', draft.id)), conflictMutation(draft, effective));
    }
    if (applied.changed && applied.record.table === 'households' && applied.record.deleted) {
      for (const child of [...this.records.values()]) {
        if (child.householdId !== applied.record.id || child.deleted) continue;
        this.write(child, { ...effective, table: child.table, recordId: child.id, householdId: child.householdId, op: 'delete' });
      }
    }
    this.appliedMutations.add(m.mutationId);
    return { mutationId: m.mutationId, status: 'applied', record: toSyncRecord(applied.record) };
  }

  /** applyMutation at the next team seq; store the record if it changed. */
  private write(current: ServerRecord | undefined, m: Mutation) {
    const seq = this.seq(m.teamId) + 1;
    const applied = applyMutation(current, m, seq);
    if (applied.changed) {
      this.records.set(recordKey(m.table, m.recordId), applied.record);
      this.seqByTeam.set(m.teamId, seq);
    }
    return applied;
  }

  private checkDraft(draft: ConflictDraft, before: ServerRecord | undefined, m: Mutation, after: ServerRecord): void {
    const validation = validateFields('conflicts', draft.fields, true);
    if (!validation.ok) this.anomalies.push(`conflict ${draft.id} is invalid: ${JSON.stringify(validation.errors)}`);
    const field = draft.fields.field;
    const incomingWon = after.stamps[field] === m.hlc;
    const winner = incomingWon ? m.hlc : before?.stamps[field];
    if (winner === undefined || hlcNode(winner) === hlcNode(draft.fields.losingHlc)) {
      this.anomalies.push(`conflict ${draft.id} is between two writes of one device`);
    }
  }
}
