import type { LoginResponse } from '../../domain';
import type { VoordeurDb } from './database';

/** The device session: who is logged in on this device, for which teams, and the chosen team. */
export interface DeviceSession extends LoginResponse {
  currentTeamId: string;
}

const KEY = 'session';

/**
 * As stored: the user's names (personal data) sealed by the codec under the user's id; token,
 * ids and teams stay clear, because the sync loop and the lock screen need them while locked.
 */
type StoredSession = DeviceSession & { sealedUser?: unknown };

/** The session as stored: meta holds unknown values, and this key only ever a StoredSession. */
async function storedSession(db: VoordeurDb): Promise<StoredSession | undefined> {
  return (await db.meta.get(KEY))?.value as StoredSession | undefined;
}

/** The session; while the device is locked its user's names read as empty strings. */
export async function readSession(db: VoordeurDb): Promise<DeviceSession | null> {
  const stored = await storedSession(db);
  if (!stored) return null;
  const { sealedUser, ...session } = stored;
  if (sealedUser === undefined) return session;
  const names = await db.codec.decode('session', session.user.id, sealedUser).catch((): Record<string, unknown> => ({}));
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { ...session, user: { ...session.user, username: text(names.username), displayName: text(names.displayName) } };
}

export async function saveSession(db: VoordeurDb, login: LoginResponse, currentTeamId?: string): Promise<DeviceSession> {
  const session: DeviceSession = { ...login, currentTeamId: currentTeamId ?? login.teams[0]?.id ?? '' };
  await db.meta.put({ key: KEY, value: await sealSession(db, session) });
  return session;
}

/**
 * Replace the session only if it still has `token` (another tab may have logged in meanwhile).
 * Sealed first, then checked and written in one transaction. Null when it was replaced.
 */
export async function replaceSessionIf(db: VoordeurDb, token: string, login: LoginResponse, currentTeamId?: string): Promise<DeviceSession | null> {
  const session: DeviceSession = { ...login, currentTeamId: currentTeamId ?? login.teams[0]?.id ?? '' };
  const value = await sealSession(db, session);
  return db.transaction('rw', db.meta, async () => {
    if ((await readSessionToken(db)) !== token) return null;
    await db.meta.put({ key: KEY, value });
    return session;
  });
}

/** The token alone: it is clear, so this works while locked and inside a transaction. */
export async function readSessionToken(db: VoordeurDb): Promise<string | null> {
  return (await storedSession(db))?.token ?? null;
}

/** Keep a rotated token (the rest as stored, still sealed), unless another login replaced the session. */
export async function rotateSessionToken(db: VoordeurDb, oldToken: string, newToken: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const stored = await storedSession(db);
    if (stored?.token === oldToken) await db.meta.put({ key: KEY, value: { ...stored, token: newToken } });
  });
}

/** Outside any transaction (the codec may use WebCrypto). */
async function sealSession(db: VoordeurDb, session: DeviceSession): Promise<StoredSession> {
  const { username, displayName } = session.user;
  const sealedUser = await db.codec.encode('session', session.user.id, { username, displayName });
  return { ...session, user: { ...session.user, username: '', displayName: '' }, sealedUser };
}

export async function chooseTeam(db: VoordeurDb, teamId: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    // The stored value as it is (still sealed): nothing to encrypt inside the transaction.
    const stored = await storedSession(db);
    if (stored && stored.teams.some((t) => t.id === teamId)) await db.meta.put({ key: KEY, value: { ...stored, currentTeamId: teamId } });
  });
}

/** The session goes, records and unsent work stay (an ended session); a logout wipes (wipe-device.ts). */
export async function clearSession(db: VoordeurDb): Promise<void> {
  await db.meta.delete(KEY);
}
