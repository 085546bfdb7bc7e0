/**
 * The audit trail NEN 7513 asks for: who (user, role and device), when (on the device and on the
 * server), which client (household), what kind of access, on which record, and whether the
 * access check allowed or refused it and why. Never the contents of a record. Each team's
 * entries form a hash chain (chain-hash.ts), appended under the team's chain head (chain-heads.ts)
 * in the writer's own transaction, so an entry is written exactly when the access it records is.
 */
import { uuidv7 } from '../../domain/ids';
import type { AuditAction } from '../../domain/audit-protocol';
import { insertTogether, type RowsInsert } from '../store/multi-row-insert';
import type { DialectName } from '../store/open-store';
import type { AuditLogTable, Db } from '../store/schema';
import { inTransaction } from '../store/transaction';
import { writeAccountAudit } from './account-audit';
import { entryHash, type ChainedRow } from './chain-hash';
import { chainHeadsWrite, lockChainHeads, type ChainHead } from './chain-heads';

export type { AuditAction } from '../../domain/audit-protocol';

/** Who is acting: the user and, for requests from the app, the device session. */
export interface Actor {
  userId: string;
  deviceSessionId: string | null;
  /**
   * The clock node bound to the device session: a push may only carry mutations of that node.
   * Left out only by callers without a device (the bench and tests drive pushMutations directly).
   */
  clientId?: string;
}

export type AuditOutcome = 'allowed' | 'refused';

export interface AuditEntry {
  teamId: string;
  householdId: string | null;
  action: AuditAction;
  table: string | null;
  recordId: string | null;
  /** Default 'allowed'. */
  outcome?: AuditOutcome;
  /** Why it was refused: a rejection code such as 'not-in-team' or 'foreign-client'. */
  reason?: string | null;
  /** Reported by the device (a read done offline): when it happened there, and its own id. */
  device?: { occurredAt: string; entryId: string };
}

/** Appends the entries to their teams' chains; in the caller's transaction when there is one. */
export async function writeAudit(db: Db, dialect: DialectName, actor: Actor, entries: readonly AuditEntry[], now: Date): Promise<void> {
  if (entries.length === 0) return;
  await inTransaction(db, async (trx) => {
    const chained = await chainAudit(trx, dialect, actor, entries, now);
    await insertTogether(trx, chained.writes);
    await chained.writeTeamless(trx);
  });
}

/** The entries as links of their teams' chains, ready to be written with other rows (multi-row-insert.ts). */
export interface ChainedAudit {
  /** The new entries and the moved chain heads: one statement on PostgreSQL, together with what the caller adds. */
  writes: RowsInsert[];
  /** Entries naming no team that exists, for the account trail: write them after `writes`. */
  writeTeamless(trx: Db): Promise<void>;
}

/**
 * Locks the chain heads of the entries' teams (held until the transaction ends) and chains the
 * entries after them. Nothing is written yet: the caller writes `writes` in the same
 * transaction, so a push batch sends its audit together with its records.
 */
export async function chainAudit(trx: Db, dialect: DialectName, actor: Actor, entries: readonly AuditEntry[], now: Date): Promise<ChainedAudit> {
  const teamIds = [...new Set(entries.map((entry) => entry.teamId))];
  const heads = teamIds.length === 0 ? new Map<string, ChainHead>() : await lockChainHeads(trx, dialect, teamIds, actor.userId);
  const at = now.toISOString();
  const rows: AuditLogTable[] = [];
  const moved = new Map<string, ChainHead>();
  const teamless: AuditEntry[] = [];
  for (const entry of entries) {
    const head = heads.get(entry.teamId);
    if (!head) {
      teamless.push(entry);
      continue;
    }
    const row: ChainedRow = {
      id: uuidv7(now.getTime()),
      at,
      occurred_at: entry.device?.occurredAt ?? at,
      user_id: actor.userId,
      role: head.role ?? null,
      device_session_id: actor.deviceSessionId,
      team_id: entry.teamId,
      household_id: entry.householdId,
      action: entry.action,
      table_name: entry.table,
      record_id: entry.recordId,
      outcome: entry.outcome ?? 'allowed',
      reason: entry.reason ?? null,
      source: entry.device ? 'device' : 'server',
      device_entry_id: entry.device?.entryId ?? null,
      chain_seq: head.seq + 1,
      prev_hash: head.hash,
    };
    const hash = entryHash(row);
    rows.push({ ...row, hash });
    const next = { seq: row.chain_seq, hash, role: head.role ?? null };
    heads.set(entry.teamId, next);
    moved.set(entry.teamId, next);
  }
  return {
    writes: [{ table: 'audit_log', rows }, chainHeadsWrite(moved)],
    // A refused request naming a team that does not exist belongs to no team's trail: it goes
    // into the account trail, with the user and device, so it is still seen.
    async writeTeamless(trx: Db) {
      for (const entry of teamless) {
        await writeAccountAudit(
          trx,
          {
            action: 'access-refused',
            userId: actor.userId,
            deviceSessionId: actor.deviceSessionId,
            detail: JSON.stringify({ action: entry.action, table: entry.table, reason: entry.reason ?? 'unknown-team' }),
          },
          now,
        );
      }
    },
  };
}
