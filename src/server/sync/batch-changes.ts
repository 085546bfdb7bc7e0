import { atRev, type ServerRecord } from '../../domain/merge';
import type { Mutation } from '../../domain/sync-protocol';
import { chainAudit, type Actor, type AuditAction, type AuditEntry } from '../audit/audit-log';
import type { DialectName, StoreContext } from '../store/open-store';
import { householdOf } from '../store/records';
import type { Db, MutationsTable } from '../store/schema';
import { insertTogether } from '../store/multi-row-insert';
import { lockTeamCounters, teamCounterWrite, type TeamCounter } from '../store/team-counters';
import { HouseholdGuard } from '../sharing/household-guard';
import { BatchRecords } from './batch-records';
import { findMutations, mutationLogRow, mutationLogWrite, type StoredResult } from './mutation-log';

/**
 * What one push batch reads and writes, in its transaction. The transaction holds the counter
 * row of every team in the batch, so each written record takes the next seq of its team. The
 * records, the counters, the audit entries and the mutation log are written at the end, each in
 * as few statements as the rows allow.
 */
export class BatchChanges {
  private readonly seqs = new Map<string, number>();
  /** One entry per household, action and table: see write(). */
  private readonly audit = new Map<string, AuditEntry>();
  private readonly newlyLogged: MutationsTable[] = [];
  /** The batch's time as stored (ISO), made once. */
  private at: string | undefined;

  private constructor(
    private readonly trx: Db,
    private readonly dialect: DialectName,
    private readonly actor: Actor,
    private readonly now: Date,
    private readonly counters: Map<string, TeamCounter>,
    private readonly logged: Map<string, MutationsTable>,
    readonly records: BatchRecords,
    /** Erased households and, for a partner's user, the shared ones (sharing/household-guard.ts). */
    readonly guard: HouseholdGuard,
  ) {
    for (const [teamId, counter] of counters) this.seqs.set(teamId, counter.seq);
  }

  /** Locks the batch's teams, then reads its logged mutations and the records it names. */
  static async open(trx: Db, { dialect, sealer }: StoreContext, actor: Actor, mutations: readonly Mutation[], now: Date): Promise<BatchChanges> {
    // Lock first: a concurrent push of the same mutation then waits here and sees it as logged.
    const counters = await lockTeamCounters(trx, dialect, [...new Set(mutations.map((m) => m.teamId))]);
    const logged = await findMutations(trx, mutations.map((m) => m.mutationId));
    const records = new BatchRecords(trx, sealer, now);
    await records.load([
      ...mutations.flatMap((m) => (m.householdId === null ? [m.recordId] : [m.recordId, m.householdId])),
      ...[...logged.values()].map((row) => row.record_id),
    ]);
    const guard = await HouseholdGuard.open(trx, sealer, actor, mutations, now);
    return new BatchChanges(trx, dialect, actor, now, counters, logged, records, guard);
  }

  /** False for a team without a counter: the batch may not write to it. */
  holdsTeam(teamId: string): boolean {
    return this.seqs.has(teamId);
  }

  /** The seq the next record written to this team will get; pass it to applyMutation. */
  nextSeq(teamId: string): number {
    const seq = this.seqs.get(teamId);
    // Only a team whose counter row this transaction holds may get a seq (see store/team-counters.ts).
    if (seq === undefined) throw new Error(`Team ${teamId} is not locked by this batch.`);
    return seq + 1;
  }

  write(record: ServerRecord, action: AuditAction): ServerRecord {
    const saved = atRev(record, this.nextSeq(record.teamId));
    this.seqs.set(record.teamId, saved.rev);
    this.records.put(saved);
    this.noteAudit({ teamId: record.teamId, householdId: householdOf(saved), action, table: saved.table, recordId: saved.id });
    if (saved.table === 'sharingAgreements' && saved.householdId) this.guard.noteAgreement(saved.teamId, saved.householdId);
    if (saved.table === 'households' && saved.deleted) this.guard.noteHouseholdDeleted(saved.teamId, saved.id);
    return saved;
  }

  /**
   * The audit says who created, changed or deleted which household's records, and when: one row
   * per household, action and table for the whole batch (they share user, device and time), with
   * the record's id when it is the only one. Which records, one by one, stays in the mutation
   * log (user, record, household, time per mutation). A row per record would be most of the
   * batch's writes and tell NEN 7513 nothing more.
   */
  private noteAudit(entry: AuditEntry): void {
    const key = `${entry.teamId}|${entry.householdId ?? ''}|${entry.action}|${entry.table ?? ''}`;
    const earlier = this.audit.get(key);
    if (!earlier) this.audit.set(key, entry);
    else if (earlier.recordId !== entry.recordId) earlier.recordId = null;
  }

  /** The log row of a mutation applied before, or earlier in this batch. */
  loggedMutation(mutationId: string): MutationsTable | undefined {
    return this.logged.get(mutationId);
  }

  log(m: Mutation, result: StoredResult): void {
    const row = mutationLogRow(m, this.actor.userId, result, (this.at ??= this.now.toISOString()));
    this.logged.set(m.mutationId, row);
    this.newlyLogged.push(row);
  }

  /**
   * The records, the counters, the mutation log and the audit (its entries and chain heads) do
   * not depend on each other's rows: they go in one statement on PostgreSQL (one round trip), in
   * turn on SQLite. The audit's chain heads are locked first, after the counters as always (one
   * order, so two writers never wait for each other crosswise). The shares read the saved records.
   */
  async finish(): Promise<void> {
    const counters = new Map<string, TeamCounter>();
    for (const [teamId, counter] of this.counters) {
      const seq = this.seqs.get(teamId) ?? counter.seq;
      if (seq !== counter.seq) counters.set(teamId, { ...counter, seq });
    }
    const audit = await chainAudit(this.trx, this.dialect, this.actor, [...this.audit.values()], this.now);
    await insertTogether(this.trx, [...this.records.takeWrites(), teamCounterWrite(counters), mutationLogWrite(this.newlyLogged), ...audit.writes]);
    await this.guard.finish(this.trx, (teamId) => this.seqs.get(teamId) ?? 0, this.now);
    await audit.writeTeamless(this.trx);
  }
}
