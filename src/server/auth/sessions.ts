/**
 * Device sessions: one per login on a device, revocable, found by the hash of its bearer token,
 * bound to the device's clock node, ending after a time without contact and after a time in all.
 */
import { uuidv7 } from '../../domain/ids';
import { membershipSettingColumns, settingsOfMemberships } from '../admin/team-settings';
import { deleteDeviceEscrow, deleteUserEscrows } from '../escrow/escrow';
import type { Db, DeviceSessionsTable } from '../store/schema';
import { plainText } from '../store/plain-text';
import { hashToken, newToken } from './tokens';

/** last_seen_at is written at most this often, so every request does not become a write. */
const TOUCH_INTERVAL_MS = 60_000;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface SessionPolicy {
  /** A session without contact for this long has ended (a worker on holiday stays logged in). */
  idleMs: number;
  /** A session this old has ended, however often it was used: the device logs in again online. */
  maxMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * DAY_MS, maxMs: 90 * DAY_MS };

/**
 * The policy for a worker whose teams set this offline lease (the strictest over their teams,
 * team-settings.ts): a session unused for longer than the lease has ended on the server too.
 * The phone asks for a password login after the lease anyway (client/crypto/lease.ts), so only
 * someone holding a copied token would gain from a longer one. The session's last use is
 * last_seen_at, written at most every TOUCH_INTERVAL_MS: a minute late against a lease of hours.
 */
export function withLease(policy: SessionPolicy, leaseHours: number): SessionPolicy {
  return { ...policy, idleMs: Math.min(policy.idleMs, leaseHours * HOUR_MS) };
}

export interface NewSession {
  userId: string;
  label: string;
  /** The device's clock node (the node of its HLC stamps). */
  clientId: string;
}

export type SessionOpened =
  | { ok: true; token: string; logoutTicket: string; sessionId: string }
  | { ok: false; reason: 'client-id-taken' };

/**
 * Opens a session bound to the device's clock node. A node belongs to the first user whose device
 * used it: the merge rules take a write from the same node as the same device's own work, so no
 * other user may ever write with it (they could replace texts without leaving a conflict).
 */
export async function createDeviceSession(db: Db, session: NewSession, now: Date): Promise<SessionOpened> {
  await db
    .insertInto('client_nodes')
    .values({ client_id: session.clientId, user_id: session.userId, created_at: now.toISOString() })
    .onConflict((oc) => oc.column('client_id').doNothing())
    .execute();
  const node = await db.selectFrom('client_nodes').select('user_id').where('client_id', '=', session.clientId).executeTakeFirstOrThrow();
  if (node.user_id !== session.userId) return { ok: false, reason: 'client-id-taken' };
  const token = newToken();
  // A second secret that can only end this session: what a phone that logged out offline keeps.
  const logoutTicket = newToken();
  const id = uuidv7(now.getTime());
  await db
    .insertInto('device_sessions')
    .values({
      id,
      token_hash: hashToken(token),
      user_id: session.userId,
      label: plainText(session.label),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      revoked_at: null,
      client_id: session.clientId,
      token_issued_at: now.toISOString(),
      previous_token_hash: null,
      previous_valid_until: null,
      rotation_nonce: null,
      logout_ticket_hash: hashToken(logoutTicket),
    })
    .execute();
  return { ok: true, token, logoutTicket, sessionId: id };
}

export interface FoundSession {
  session: DeviceSessionsTable;
  /** Found by its current token (false: by the previous one, see auth/rotation.ts). */
  current: boolean;
  /** The offline lease of the session's user (withLease), read in the same query. */
  leaseHours: number;
}

/**
 * The session whose current or previous token this is, with its user's lease. One query on every
 * authenticated request: the session by its token's hash, left-joined with the user's teams'
 * settings (one row per membership, on the primary keys), so the lease costs no second round trip
 * and a changed team setting or membership counts from the next request (nothing to invalidate).
 */
export async function findSession(db: Db, token: string): Promise<FoundSession | undefined> {
  const hash = hashToken(token);
  const rows = await db
    .selectFrom('device_sessions')
    .leftJoin('memberships', 'memberships.user_id', 'device_sessions.user_id')
    .leftJoin('team_settings', 'team_settings.team_id', 'memberships.team_id')
    .selectAll('device_sessions')
    .select(membershipSettingColumns)
    .where((eb) => eb.or([eb('device_sessions.token_hash', '=', hash), eb('device_sessions.previous_token_hash', '=', hash)]))
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const { idle_minutes: _i, background_grace_seconds: _g, lease_hours: _l, ...session } = first;
  const leaseHours = settingsOfMemberships(rows.filter((row) => row.id === session.id)).leaseHours;
  return { session, current: session.token_hash === hash, leaseHours };
}

/** Why a session found by its token may not be used (undefined: it may). */
export function sessionEnded(session: DeviceSessionsTable, current: boolean, policy: SessionPolicy, now: Date): 'revoked' | 'expired' | undefined {
  if (session.revoked_at !== null) return 'revoked';
  // Made before sessions were bound to a clock node: the device must log in again to bind one.
  if (session.client_id === null) return 'expired';
  const t = now.getTime();
  if (t - Date.parse(session.last_seen_at) >= policy.idleMs || t - Date.parse(session.created_at) >= policy.maxMs) return 'expired';
  if (!current && session.previous_valid_until !== null && t > Date.parse(session.previous_valid_until)) return 'expired';
  return undefined;
}

export async function touchSession(db: Db, session: DeviceSessionsTable, now: Date): Promise<void> {
  if (now.getTime() - Date.parse(session.last_seen_at) < TOUCH_INTERVAL_MS) return;
  await db.updateTable('device_sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', session.id).execute();
}

/** Logout: the session is gone, the token means nothing any more; the device clears itself, so its escrow key goes too. */
export async function endSession(db: Db, sessionId: string): Promise<void> {
  const session = await db.selectFrom('device_sessions').select(['user_id', 'client_id']).where('id', '=', sessionId).executeTakeFirst();
  if (session?.client_id) await deleteDeviceEscrow(db, session.user_id, session.client_id);
  await db.deleteFrom('device_sessions').where('id', '=', sessionId).execute();
}

/**
 * The logout of a phone that was offline when it logged out (sync/logout.ts): its ticket ends its
 * session like the logout does, and nothing else (no other session, no data, no answer that tells
 * whether the ticket was known). Found by the ticket's hash on a unique index, so the lookup
 * compares no secret byte by byte. A revoked session stays as it is (its row shows the revoke).
 * Answers the ended session, for the audit trail.
 */
export async function endSessionByLogoutTicket(db: Db, ticket: string): Promise<{ sessionId: string; userId: string } | undefined> {
  const session = await db
    .selectFrom('device_sessions')
    .select(['id', 'user_id'])
    .where('logout_ticket_hash', '=', hashToken(ticket))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!session) return undefined;
  await endSession(db, session.id);
  return { sessionId: session.id, userId: session.user_id };
}

/**
 * Revoke every active device of a user; their next contact gets 'device-revoked' and wipes the
 * device. Their escrow keys are deleted first, so no later login can recover a revoked phone.
 */
export async function revokeUserSessions(db: Db, userId: string, now: Date): Promise<number> {
  await deleteUserEscrows(db, userId);
  const result = await db
    .updateTable('device_sessions')
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Revoke one device session (by its id, as list-devices shows it); false when there is no such
 * active one. The device's escrow key is deleted first (see revokeUserSessions).
 */
export async function revokeSession(db: Db, sessionId: string, now: Date): Promise<boolean> {
  const session = await db
    .selectFrom('device_sessions')
    .select(['user_id', 'client_id'])
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (session?.client_id) await deleteDeviceEscrow(db, session.user_id, session.client_id);
  const result = await db
    .updateTable('device_sessions')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', sessionId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
