/**
 * Listing and revoking devices, shared by the admin CLI (commands.ts, every team) and the app's
 * device screen (http/routes/devices.ts, one team, checked by role): one path for both, so a
 * revoke means the same wherever it is done.
 */
import { roleSchema, type Role } from '../../domain/auth-protocol';
import type { DeviceState, TeamDevice } from '../../domain/device-admin';
import { DEFAULT_SESSION_POLICY, revokeSession, revokeUserSessions, sessionEnded, withLease, type SessionPolicy } from '../auth/sessions';
import { settingsForUser } from './team-settings';
import type { Db } from '../store/schema';

export interface DeviceFilter {
  userId?: string;
  /** Only devices of this team's members. */
  teamId?: string;
}

export interface DeviceRow extends Omit<TeamDevice, 'current'> {
  revokedAt: string | null;
}

/** Devices (device sessions) of one user, of one team's members, or of everyone. */
export async function listDevices(db: Db, filter: DeviceFilter, now: Date, policy: SessionPolicy = DEFAULT_SESSION_POLICY): Promise<DeviceRow[]> {
  const { userId, teamId } = filter;
  const rows = await db
    .selectFrom('device_sessions')
    .innerJoin('users', 'users.id', 'device_sessions.user_id')
    .selectAll('device_sessions')
    .select(['users.username', 'users.display_name'])
    .$if(userId !== undefined, (qb) => qb.where('users.id', '=', userId ?? ''))
    .$if(teamId !== undefined, (qb) =>
      qb.where('users.id', 'in', (eb) => eb.selectFrom('memberships').select('user_id').where('team_id', '=', teamId ?? '')),
    )
    .orderBy('users.username')
    .orderBy('device_sessions.created_at')
    .execute();
  // A session past its user's offline lease is as ended here as authenticate() finds it.
  const leases = new Map<string, number>();
  for (const userId of new Set(rows.map((row) => row.user_id))) leases.set(userId, (await settingsForUser(db, userId)).leaseHours);
  return rows.map((row) => {
    const ended = sessionEnded(row, true, withLease(policy, leases.get(row.user_id)!), now);
    const state: DeviceState = ended === 'revoked' ? 'revoked' : ended === 'expired' ? 'expired' : 'active';
    return {
      id: row.id,
      userId: row.user_id,
      username: row.username,
      displayName: row.display_name,
      label: row.label,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      revokedAt: row.revoked_at,
      state,
    };
  });
}

/** The caller's role in a team, or undefined when they are not in it. */
export async function roleIn(db: Db, userId: string, teamId: string): Promise<Role | undefined> {
  const row = await db.selectFrom('memberships').select('role').where('user_id', '=', userId).where('team_id', '=', teamId).executeTakeFirst();
  return row ? roleSchema.parse(row.role) : undefined;
}

/**
 * Revoke one device. With `teamId`, only a device of a member of that team (the app's screen:
 * a teamleider of team A can never revoke a device of someone only in team B). False when
 * there is no such active device.
 */
export async function revokeDevice(db: Db, deviceId: string, now: Date, scope: { teamId?: string } = {}): Promise<boolean> {
  if (scope.teamId !== undefined) {
    const device = await db.selectFrom('device_sessions').select('user_id').where('id', '=', deviceId).executeTakeFirst();
    if (!device || !(await roleIn(db, device.user_id, scope.teamId))) return false;
  }
  return revokeSession(db, deviceId, now);
}

/** The user cannot log in any more and every device of theirs wipes itself at its next contact. */
export async function disableUser(db: Db, userId: string, now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ disabled_at: now.toISOString() }).where('id', '=', userId).execute();
    return revokeUserSessions(trx, userId, now);
  });
}
