import type { LoginResponse } from '../../domain';
import type { VoordeurDb } from './database';

/** The device session: who is logged in on this device, for which teams, and the chosen team. */
export interface DeviceSession extends LoginResponse {
  currentTeamId: string;
}

const KEY = 'session';

export async function readSession(db: VoordeurDb): Promise<DeviceSession | null> {
  return ((await db.meta.get(KEY))?.value as DeviceSession | undefined) ?? null;
}

export async function saveSession(db: VoordeurDb, login: LoginResponse, currentTeamId?: string): Promise<DeviceSession> {
  const session: DeviceSession = { ...login, currentTeamId: currentTeamId ?? login.teams[0]?.id ?? '' };
  await db.meta.put({ key: KEY, value: session });
  return session;
}

export async function chooseTeam(db: VoordeurDb, teamId: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const session = await readSession(db);
    if (session && session.teams.some((t) => t.id === teamId)) await db.meta.put({ key: KEY, value: { ...session, currentTeamId: teamId } });
  });
}

/** The session goes, records and unsent work stay (an ended session); a logout wipes (wipe-device.ts). */
export async function clearSession(db: VoordeurDb): Promise<void> {
  await db.meta.delete(KEY);
}
