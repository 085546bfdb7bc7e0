/** Device sessions: one per login on a device, revocable, found by the hash of its bearer token. */
import { uuidv7 } from '../../domain/ids';
import type { Db, DeviceSessionsTable } from '../store/schema';
import { plainText } from '../store/plain-text';
import { hashToken, newToken } from './tokens';

/** last_seen_at is written at most this often, so every request does not become a write. */
const TOUCH_INTERVAL_MS = 60_000;

export async function createDeviceSession(db: Db, userId: string, label: string, now: Date): Promise<string> {
  const token = newToken();
  await db
    .insertInto('device_sessions')
    .values({
      id: uuidv7(now.getTime()),
      token_hash: hashToken(token),
      user_id: userId,
      label: plainText(label),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      revoked_at: null,
    })
    .execute();
  return token;
}

export async function findSession(db: Db, token: string): Promise<DeviceSessionsTable | undefined> {
  return db.selectFrom('device_sessions').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
}

export async function touchSession(db: Db, session: DeviceSessionsTable, now: Date): Promise<void> {
  if (now.getTime() - Date.parse(session.last_seen_at) < TOUCH_INTERVAL_MS) return;
  await db.updateTable('device_sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', session.id).execute();
}

/** Logout: the session is gone, the token means nothing any more. */
export async function endSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('device_sessions').where('id', '=', sessionId).execute();
}

/** Revoke every active device of a user; their next contact gets 'device-revoked' and wipes the device. */
export async function revokeUserSessions(db: Db, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('device_sessions')
    .set({ revoked_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
