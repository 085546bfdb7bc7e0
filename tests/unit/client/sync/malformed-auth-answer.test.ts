import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_VERSION } from '../../../../src/content/version';
import { readTeamLockSettings, saveTeamLockSettings } from '../../../../src/client/crypto/team-lock-settings';
import { createDataLayer, readSession, saveSession } from '../../../../src/client/db';
import { MalformedAnswer } from '../../../../src/client/sync/answer';
import type { ApiClient } from '../../../../src/client/sync/http';
import { logIn } from '../../../../src/client/sync/login';
import { refreshSession } from '../../../../src/client/sync/session-refresh';
import { authFailureMessage } from '../../../../src/client/ui/auth/auth-failure';
import { authTexts } from '../../../../src/client/ui/auth/texts';
import { uuidv7, type LoginResponse } from '../../../../src/domain';

const answering = (answer: unknown): ApiClient => ({
  get: <T>() => Promise.resolve(answer as T),
  post: <T>() => Promise.resolve(answer as T),
  put: () => Promise.reject(new Error('not used')),
});
const fresh = () => createDataLayer({ name: `malformed-auth-${uuidv7()}`, contentVersion: CONTENT_VERSION });
const login: LoginResponse = {
  token: 'token-1',
  user: { id: uuidv7(), username: 'anna', displayName: 'Anna' },
  teams: [{ id: uuidv7(), name: 'Noord', role: 'medewerker' }],
};
const request = { path: '/api/auth/login' as const, fields: { username: 'anna', password: 'x' }, deviceLabel: 'Test' };

// The unit project runs in node: the lock settings get a storage of their own (as in the browser).
beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('a malformed login answer', () => {
  it('stores no session and says so in Dutch, the log line in English without contents', async () => {
    const data = fresh();
    // A role the app does not know: taking it would make a session the screens cannot read.
    const failure = await logIn(data, answering({ ...login, teams: [{ ...login.teams[0], role: 'baas' }] }), request).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MalformedAnswer);
    expect((failure as Error).message).toBe('Malformed login answer from the server at teams.0.role');
    expect((failure as Error).message).not.toContain('baas');
    expect(await readSession(data.db)).toBeNull();
    expect(authFailureMessage(failure, 'offline')).toBe(authTexts.malformedAnswer);
  });

  it('refuses an answer without a token', async () => {
    const data = fresh();
    const { token: _, ...noToken } = login;
    await expect(logIn(data, answering(noToken), request)).rejects.toBeInstanceOf(MalformedAnswer);
    expect(await readSession(data.db)).toBeNull();
  });

  it('keeps a well-formed one (and drops fields it does not know)', async () => {
    const data = fresh();
    const result = await logIn(data, answering({ ...login, later: 'x' }), request);
    expect(result.kind).toBe('signed-in');
    expect((await readSession(data.db))?.token).toBe('token-1');
  });
});

describe('a malformed /api/me answer', () => {
  it('changes neither the session nor the lock settings', async () => {
    const data = fresh();
    const session = await saveSession(data.db, login);
    const kept = { idleMinutes: 3, backgroundGraceSeconds: 10, leaseHours: 24 };
    saveTeamLockSettings(kept);
    const me = { user: login.user, teams: [{ id: uuidv7(), name: 'Zuid', role: 'teamleider' }], lock: { idleMinutes: 0, backgroundGraceSeconds: 0, leaseHours: 1 } };

    const failure = await refreshSession(data, answering(me), session).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(MalformedAnswer);
    expect((failure as Error).message).toBe('Malformed /api/me answer from the server at lock.idleMinutes');
    expect(await readSession(data.db)).toEqual(session);
    expect(readTeamLockSettings()).toEqual(kept);
  });

  it('refuses teams that are not a list', async () => {
    const data = fresh();
    const session = await saveSession(data.db, login);
    await expect(refreshSession(data, answering({ user: login.user, teams: 'Noord' }), session)).rejects.toBeInstanceOf(MalformedAnswer);
    expect(await readSession(data.db)).toEqual(session);
  });
});
