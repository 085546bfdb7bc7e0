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
  /** Set by the admin CLI: a disabled user cannot log in, and their devices were revoked. */
  disabled_at: string | null;
  /** The user's organisation (organisations.id); null: the lead organisation. */
  organisation_id: string | null;
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
  /** The device's clock node, bound at login: every mutation it pushes must carry it. */
  client_id: string | null;
  /** When the current token was made (null: at created_at). */
  token_issued_at: string | null;
  /** The token before the last rotation, still valid for requests in flight (see auth/rotation.ts). */
  previous_token_hash: string | null;
  /** Until when the previous token is valid; null: until the new one is first used. */
  previous_valid_until: string | null;
  /** What the current token was derived from, with the previous one (see auth/rotation.ts). */
  rotation_nonce: string | null;
  /** SHA-256 of the session's logout ticket (auth/sessions.ts); null for sessions from before it. */
  logout_ticket_hash: string | null;
}

export interface ClientNodesTable {
  client_id: string;
  user_id: string;
  created_at: string;
}

/** Issue 9: a device's escrow key, wrapped by the server's escrow key (see escrow/server-key.ts). */
export interface EscrowKeysTable {
  user_id: string;
  client_id: string;
  /** `v1.<server key id>.<iv>.<ciphertext+tag>` (base64url), bound to user and client id. */
  wrapped_key: string;
  created_at: string;
  /** When it was last given back to a fresh login (recovery). */
  released_at: string | null;
}

/** A team's lock settings (migration 008); no row: the defaults (domain/team-settings.ts). */
export interface TeamSettingsTable {
  team_id: string;
  idle_minutes: number;
  background_grace_seconds: number;
  lease_hours: number;
  updated_at: string;
  /** The user who set them (null: the admin CLI). */
  updated_by: string | null;
}

/** One row per limited key: a username at an address, or an address (see auth/login-limits.ts). */
export interface LoginLimitsTable {
  key: string;
  failures: number;
  window_started_at: string;
  next_allowed_at: string;
  updated_at: string;
}

/** Requests per device session and kind in the current window (see http/request-limits.ts). */
export interface RequestLimitsTable {
  key: string;
  /** The window's number: milliseconds since 1970 divided by the window's length. */
  window_no: number;
  count: number;
}

/** Logins, failed and refused logins, logouts, setup and admin acts (never a password or token). */
export interface AccountAuditTable {
  id: string;
  at: string;
  action: string;
  user_id: string | null;
  device_session_id: string | null;
  client_address: string | null;
  detail: string | null;
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

/** The NEN 7513 trail: append-only, hash-chained per team (migration 005, audit/chain.ts). */
export interface AuditLogTable {
  id: string;
  /** When the server wrote the entry. */
  at: string;
  /** When it happened: `at` for the server's own entries, the device's time for reads done offline. */
  occurred_at: string;
  user_id: string;
  /** The user's role in the team at the time (null: not a member, e.g. a refused pull). */
  role: string | null;
  device_session_id: string | null;
  team_id: string;
  household_id: string | null;
  action: string;
  table_name: string | null;
  record_id: string | null;
  /** 'allowed' or 'refused': the outcome of the access check. */
  outcome: string;
  /** Why it was refused (a rejection code), or null. */
  reason: string | null;
  /** 'server' (seen by the server) or 'device' (reported by the device, e.g. a read offline). */
  source: string;
  /** The device's own id of a reported entry, so a replay is recognised. */
  device_entry_id: string | null;
  chain_seq: number;
  prev_hash: string;
  hash: string;
}

/** The last link of each team's audit chain, locked by every writer of that chain. */
export interface AuditChainHeadsTable {
  team_id: string;
  seq: number;
  hash: string;
}

export interface OrganisationsTable {
  id: string;
  name: string;
  kind: 'lead' | 'partner';
  created_at: string;
}

/** Which partner organisation may pull which household, derived from its sharing agreements (migration 006). */
export interface HouseholdSharesTable {
  team_id: string;
  household_id: string;
  organisation_id: string;
  granted_seq: number;
  active: number;
  until: string | null;
  updated_at: string;
}

/** Households that were erased: no push may ever write to them again (migration 006). */
export interface ErasedHouseholdsTable {
  household_id: string;
  team_id: string;
  cause: 'deleted' | 'erasure' | 'retention';
  erased_at: string;
}

export interface Database {
  teams: TeamsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  device_sessions: DeviceSessionsTable;
  client_nodes: ClientNodesTable;
  escrow_keys: EscrowKeysTable;
  login_limits: LoginLimitsTable;
  request_limits: RequestLimitsTable;
  account_audit: AccountAuditTable;
  setup_link: SetupLinkTable;
  team_counters: TeamCountersTable;
  records: RecordsTable;
  mutations: MutationsTable;
  audit_log: AuditLogTable;
  audit_chain_heads: AuditChainHeadsTable;
  organisations: OrganisationsTable;
  household_shares: HouseholdSharesTable;
  erased_households: ErasedHouseholdsTable;
  team_settings: TeamSettingsTable;
}

export type Db = Kysely<Database>;
