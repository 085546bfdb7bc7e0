/**
 * Every row of every table, to compare a database before and after the fuzz. Left out: what
 * changes legitimately with any request (rate and login counters, the audit trails, a session's
 * last contact and token rotation). A table another helper adds is compared by default; add it
 * here only if a refused request may rightly write to it.
 */
import { sql } from 'kysely';
import type { Store } from '../../../src/server/store/open-store';

export const CHANGES_LEGITIMATELY = new Set(['request_limits', 'login_limits', 'account_audit', 'audit_log', 'audit_chain_heads', 'kysely_migration', 'kysely_migration_lock']);

/** Columns that a request by a valid session may change (authenticate() touches and rotates). */
const SESSION_TOUCH = ['last_seen_at', 'token_hash', 'token_issued_at', 'previous_token_hash', 'previous_valid_until', 'rotation_nonce'];

export async function snapshot(store: Store): Promise<Record<string, string[]>> {
  const tables = (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(store.db)).rows;
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    if (CHANGES_LEGITIMATELY.has(name)) continue;
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(store.db)).rows;
    result[name] = rows
      .map((row) => {
        const kept = { ...row };
        if (name === 'device_sessions') for (const column of SESSION_TOUCH) delete kept[column];
        return JSON.stringify(kept);
      })
      .sort();
  }
  return result;
}
