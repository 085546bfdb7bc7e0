import { meResponseSchema } from '../../domain';
import { saveTeamLockSettings } from '../crypto/team-lock-settings';
import { clearSession, readSession, readSessionToken, replaceSessionIf, rotateSessionToken, saveAuthors, type DataLayer, type DeviceSession } from '../db';
import { readAnswer } from './answer';
import type { ApiClient } from './http';

/**
 * Ask the server who we are and store the current team list, so a worker added to a team starts
 * receiving it without logging in again. Only touches the session it started from: another tab
 * may have logged in as someone else meanwhile.
 */
export async function refreshSession(data: DataLayer, api: ApiClient, session: DeviceSession): Promise<DeviceSession> {
  // Checked before anything is kept: a malformed answer changes neither the session nor the lock settings.
  const me = readAnswer(meResponseSchema, await api.get('/api/me', session.token), '/api/me');
  const { db } = data;
  // Read and sealed outside a transaction (WebCrypto would end it); replaced only if unchanged.
  const current = await readSession(db);
  if (current?.token !== session.token) return current ?? session;
  if (me.authors) await saveAuthors(db, me.authors);
  // The team's lock settings, kept so they hold offline (an older server sends none: keep the last).
  if (me.lock) saveTeamLockSettings(me.lock);
  if (JSON.stringify([current.user, current.teams, current.sharing]) === JSON.stringify([me.user, me.teams, me.sharing])) return current;
  const keepTeam = me.teams.some((t) => t.id === current.currentTeamId) ? current.currentTeamId : undefined;
  const next = {
    token: session.token,
    ...(current.logoutTicket ? { logoutTicket: current.logoutTicket } : {}),
    user: me.user,
    teams: me.teams,
    ...(me.sharing ? { sharing: me.sharing } : {}),
  };
  const saved = await replaceSessionIf(db, session.token, next, keepTeam);
  return saved ?? (await readSession(db)) ?? session;
}

/** The server no longer knows this session: forget it, keeping records and outbox. */
export async function clearSessionIfCurrent(data: DataLayer, token: string): Promise<void> {
  const { db } = data;
  await db.transaction('rw', db.meta, async () => {
    if ((await readSessionToken(db)) === token) await clearSession(db);
  });
}

/** The server gave this session a new token: keep it, unless another login replaced the session meanwhile. */
export async function adoptRotatedToken(data: DataLayer, oldToken: string, newToken: string): Promise<void> {
  await rotateSessionToken(data.db, oldToken, newToken);
}
