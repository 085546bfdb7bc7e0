/**
 * The hash of one audit entry, over a canonical encoding: a JSON array of the entry's fields in
 * a fixed order (strings, numbers and nulls only, so JSON.stringify has exactly one way to write
 * it), led by the encoding's version. Each entry's hash covers the previous entry's hash of the
 * same team, so changing, removing or reordering any entry breaks every link after it.
 * Changing this encoding breaks every stored chain: add a new version instead.
 */
import { createHash } from 'node:crypto';

export const CHAIN_ENCODING_VERSION = 1;
/** What the first entry of a team's chain points back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The columns an entry's hash covers (everything but the hash itself). */
export interface ChainedRow {
  id: string;
  at: string;
  occurred_at: string;
  user_id: string;
  role: string | null;
  device_session_id: string | null;
  team_id: string;
  household_id: string | null;
  action: string;
  table_name: string | null;
  record_id: string | null;
  outcome: string;
  reason: string | null;
  source: string;
  device_entry_id: string | null;
  chain_seq: number;
  prev_hash: string;
}

export function canonicalEntry(row: ChainedRow): string {
  return JSON.stringify([
    CHAIN_ENCODING_VERSION,
    row.team_id,
    row.chain_seq,
    row.prev_hash,
    row.id,
    row.at,
    row.occurred_at,
    row.user_id,
    row.role,
    row.device_session_id,
    row.household_id,
    row.action,
    row.table_name,
    row.record_id,
    row.outcome,
    row.reason,
    row.source,
    row.device_entry_id,
  ]);
}

export function entryHash(row: ChainedRow): string {
  return createHash('sha256').update(canonicalEntry(row)).digest('hex');
}
