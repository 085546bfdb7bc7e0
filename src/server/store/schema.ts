/**
 * The server's tables as Kysely sees them. Times are ISO-8601 text (UTC, fixed width, so they
 * compare as strings on both dialects); flags are 0/1 integers, because SQLite has no booleans.
 */
import type { Kysely } from 'kysely';

export interface TeamsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  /** JSON of the scrypt hash, salt and parameters (see auth/password.ts). */
  password_hash: string;
  created_at: string;
}

export interface MembershipsTable {
  user_id: string;
  team_id: string;
  role: string;
}

export interface DeviceSessionsTable {
  id: string;
  /** SHA-256 of the bearer token; the token itself is never stored. */
  token_hash: string;
  user_id: string;
  label: string;
  created_at: string;
  last_seen_at: string;
  revoked_at: string | null;
}

export interface LoginAttemptsTable {
  id: string;
  username: string;
  client_address: string;
  attempted_at: string;
}

/** One row at most (slot 1): the setup link every server process prints (migration 003). */
export interface SetupLinkTable {
  slot: number;
  token: string;
  created_at: string;
}

export interface TeamCountersTable {
  team_id: string;
  /** The last sequence number given to a change of this team. */
  seq: number;
  /** Tombstones with a seq up to this were purged: a device with an older cursor must resync. */
  tombstone_horizon: number;
}

export interface RecordsTable {
  id: string;
  table_name: string;
  team_id: string;
  household_id: string | null;
  fields: string;
  stamps: string;
  field_revs: string;
  deleted: number;
  seq: number;
  updated_at: string;
}

export interface MutationsTable {
  mutation_id: string;
  team_id: string;
  user_id: string;
  table_name: string;
  record_id: string;
  household_id: string | null;
  /** JSON: what the first push of this mutation did (see sync/push.ts). */
  result: string;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  user_id: string;
  device_session_id: string | null;
  team_id: string;
  household_id: string | null;
  action: string;
  table_name: string | null;
  record_id: string | null;
}

export interface Database {
  teams: TeamsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  device_sessions: DeviceSessionsTable;
  login_attempts: LoginAttemptsTable;
  setup_link: SetupLinkTable;
  team_counters: TeamCountersTable;
  records: RecordsTable;
  mutations: MutationsTable;
  audit_log: AuditLogTable;
}

export type Db = Kysely<Database>;
