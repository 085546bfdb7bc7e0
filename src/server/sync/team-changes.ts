import type { ServerRecord } from '../../domain/merge';
import { writeAudit, type Actor, type AuditAction, type AuditEntry } from '../audit/audit-log';
import { householdOf, saveRecord } from '../store/records';
import type { Db } from '../store/schema';
import { setTeamCounter, type TeamCounter } from '../store/team-counters';

/**
 * The writes of one transaction to one team, whose counter row the transaction holds. Each
 * written record gets the next seq; the counter and the audit entries are written at the end.
 */
export class TeamChanges {
  private readonly audit: AuditEntry[] = [];
  private seq: number;

  constructor(
    private readonly trx: Db,
    private readonly teamId: string,
    private readonly counter: TeamCounter,
    private readonly now: Date,
  ) {
    this.seq = counter.seq;
  }

  /** The seq the next written record will get; pass it to applyMutation. */
  get nextSeq(): number {
    return this.seq + 1;
  }

  get lastSeq(): number {
    return this.seq;
  }

  async write(record: ServerRecord, action: AuditAction): Promise<ServerRecord> {
    this.seq += 1;
    const saved = { ...record, rev: this.seq };
    await saveRecord(this.trx, saved, this.now);
    this.audit.push({ teamId: this.teamId, householdId: householdOf(saved), action, table: saved.table, recordId: saved.id });
    return saved;
  }

  async finish(actor: Actor): Promise<void> {
    if (this.seq !== this.counter.seq) await setTeamCounter(this.trx, this.teamId, { ...this.counter, seq: this.seq });
    await writeAudit(this.trx, actor, this.audit, this.now);
  }
}
