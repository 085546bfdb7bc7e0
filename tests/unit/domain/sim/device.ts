/**
 * A simulated device: its own HLC clock (node = clientId) on a wall clock that may be skewed,
 * local records, an outbox, and a pull cursor. It syncs the way DESIGN.md says a device does,
 * using only the domain functions (applyLocal, applyRemote, tick, receive).
 */
import { formatHlc, initialHlc, receive, tick, type HlcState } from '../../../../src/domain/hlc';
import { applyLocal, applyRemote } from '../../../../src/domain/merge';
import type { Fields } from '../../../../src/domain/records/validate';
import type { TableName } from '../../../../src/domain/records/tables';
import { SCHEMA_VERSION, type Mutation, type PushResult, type SyncRecord } from '../../../../src/domain/sync-protocol';
import { recordKey, type IdMaker, type RecordKey } from './keys';
import type { SimServer } from './server';

/**
 * Where the device takes a mutation's baseRev from: `record` = the local record's rev, which
 * push answers also raise (what src/client does); `pull` = only pulls raise it.
 */
export type BaseRevFrom = 'record' | 'pull';

export interface RecordRef {
  table: TableName;
  id: string;
  householdId: string | null;
}

export class SimDevice {
  readonly records = new Map<RecordKey, SyncRecord>();
  outbox: Mutation[] = [];
  /** Every mutation this device ever made, for the idempotency check. */
  readonly history: Mutation[] = [];
  cursor = 0;
  private clock: HlcState;
  private clientSeq = 0;

  constructor(
    readonly clientId: string,
    readonly teamId: string,
    public skewMs: number,
    private readonly baseRevFrom: BaseRevFrom,
    private readonly mutationIds: IdMaker,
  ) {
    this.clock = initialHlc(clientId);
  }

  local(table: TableName, id: string): SyncRecord | undefined {
    return this.records.get(recordKey(table, id));
  }

  /** A person changes fields on this device (creating the record if it has none). */
  put(ref: RecordRef, changed: Fields, worldMs: number): void {
    const local = this.local(ref.table, ref.id);
    if (local?.deleted) throw new Error('the simulation edited a deleted record');
    const hlc = this.stamp(worldMs);
    const base: SyncRecord = local ?? { ...ref, teamId: this.teamId, fields: {}, stamps: {}, deleted: false, rev: 0 };
    this.records.set(recordKey(ref.table, ref.id), applyLocal(base, changed, hlc));
    this.enqueue(ref, 'put', changed, hlc, local?.rev ?? 0);
  }

  delete(ref: RecordRef, worldMs: number): void {
    const local = this.local(ref.table, ref.id);
    if (!local || local.deleted) throw new Error('the simulation deleted a record the device does not hold');
    const hlc = this.stamp(worldMs);
    this.records.set(recordKey(ref.table, ref.id), { ...local, fields: {}, stamps: {}, deleted: true });
    this.enqueue(ref, 'delete', {}, hlc, local.rev);
  }

  /**
   * Push the first `size` outbox entries. `duplicate` sends the batch twice; `loseAnswer`
   * drops the server's answer (the server applied it; the device will send it again).
   */
  push(server: SimServer, size: number, worldMs: number, options: { duplicate?: boolean; loseAnswer?: boolean } = {}): void {
    const batch = this.outbox.slice(0, size);
    if (batch.length === 0) return;
    let results = server.push(batch);
    if (options.duplicate) results = server.push(batch);
    if (!options.loseAnswer) this.acknowledge(results, worldMs);
  }

  /** Pull up to `pages` pages of `limit` records. Returns whether the server had more. */
  pull(server: SimServer, limit: number, pages: number, worldMs: number): boolean {
    for (let i = 0; i < pages; i++) {
      const page = server.pull(this.teamId, this.cursor, limit);
      for (const remote of page.records) this.applyServerRecord(remote, worldMs);
      this.cursor = page.cursor;
      if (!page.hasMore) return false;
    }
    return true;
  }

  /** Fields this device changed and has not pushed yet that it no longer shows as typed. */
  hiddenPendingWrites(): string[] {
    const latest = new Map<string, unknown>();
    for (const m of this.outbox) {
      for (const [field, value] of Object.entries(m.changedFields)) latest.set(`${recordKey(m.table, m.recordId)}|${field}`, value);
    }
    const problems: string[] = [];
    for (const [at, value] of latest) {
      const [key, field] = at.split('|') as [RecordKey, string];
      const local = this.records.get(key);
      if (local && !local.deleted && local.fields[field] !== value) problems.push(`${this.clientId} hides its unpushed ${at}`);
    }
    return problems;
  }

  private acknowledge(results: readonly PushResult[], worldMs: number): void {
    for (const result of results) {
      if (result.status === 'rejected') throw new Error(`server rejected ${result.mutationId}: ${result.message}`);
      this.outbox = this.outbox.filter((m) => m.mutationId !== result.mutationId);
      this.applyServerRecord(result.record, worldMs, this.baseRevFrom === 'pull');
    }
  }

  private applyServerRecord(remote: SyncRecord, worldMs: number, keepRev = false): void {
    const key = recordKey(remote.table, remote.id);
    const local = this.records.get(key);
    const merged = applyRemote(local, remote, this.pendingFields(key));
    this.records.set(key, keepRev ? { ...merged, rev: local?.rev ?? 0 } : merged);
    for (const stamp of Object.values(remote.stamps)) this.clock = receive(this.clock, stamp, this.wall(worldMs));
  }

  private pendingFields(key: RecordKey): Set<string> {
    const fields = new Set<string>();
    for (const m of this.outbox) {
      if (recordKey(m.table, m.recordId) === key) for (const f of Object.keys(m.changedFields)) fields.add(f);
    }
    return fields;
  }

  private stamp(worldMs: number): string {
    this.clock = tick(this.clock, this.wall(worldMs));
    return formatHlc(this.clock);
  }

  private wall(worldMs: number): number {
    return worldMs + this.skewMs;
  }

  private enqueue(ref: RecordRef, op: Mutation['op'], changedFields: Fields, hlc: string, baseRev: number): void {
    this.clientSeq += 1;
    const m: Mutation = {
      mutationId: this.mutationIds.next(),
      clientId: this.clientId,
      clientSeq: this.clientSeq,
      table: ref.table,
      recordId: ref.id,
      teamId: this.teamId,
      householdId: ref.householdId,
      op,
      changedFields,
      hlc,
      baseRev,
      schemaVersion: SCHEMA_VERSION,
    };
    this.outbox.push(m);
    this.history.push(m);
  }
}
