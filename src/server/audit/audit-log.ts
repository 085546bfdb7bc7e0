/**
 * The audit trail NEN 7513 asks for: who (user and device), when, which client (household),
 * what kind of access, on which record. Never the contents of a record.
 */
import { uuidv7 } from '../../domain/ids';
import { writeInChunks } from '../store/chunks';
import type { Db } from '../store/schema';

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'export' | 'erase' | 'retention';

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

export interface AuditEntry {
  teamId: string;
  householdId: string | null;
  action: AuditAction;
  table: string | null;
  recordId: string | null;
}

export async function writeAudit(db: Db, actor: Actor, entries: readonly AuditEntry[], now: Date): Promise<void> {
  const at = now.toISOString();
  const rows = entries.map((entry) => ({
    id: uuidv7(now.getTime()),
    at,
    user_id: actor.userId,
    device_session_id: actor.deviceSessionId,
    team_id: entry.teamId,
    household_id: entry.householdId,
    action: entry.action,
    table_name: entry.table,
    record_id: entry.recordId,
  }));
  await writeInChunks(rows, (chunk) => db.insertInto('audit_log').values(chunk).execute());
}
