import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { revokeUserSessions } from '../../../src/server/auth/sessions';
import { hashToken } from '../../../src/server/auth/tokens';
import type { Store } from '../../../src/server/store/open-store';
import { TEST_PASSWORD, twoTeams } from '../helpers/accounts';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('auth API on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  let now: Date;

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    now = new Date('2026-03-02T09:00:00Z');
    api = new TestApi({ store, clock: () => now, trustProxy: true });
  });
  afterEach(() => store.close());

  const login = (username: string, password: string, address = '10.0.0.1') =>
    api.post('/api/auth/login', { protocolVersion: PROTOCOL_VERSION, username, password, deviceLabel: 'Telefoon', clientId: uuidv7() }, undefined, {
      'x-forwarded-for': address,
    });

  it('logs in, and the device session is stored only as a hash', async () => {
    const answer = await login('Anna', TEST_PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      logoutTicket: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      user: { id: teams.anna, username: 'anna', displayName: 'Test anna' },
      teams: [{ id: teams.teamA.id, name: 'Team Noord', role: 'medewerker' }],
    });
    const sessions = await store.db.selectFrom('device_sessions').selectAll().execute();
    expect(sessions).toMatchObject([{ user_id: teams.anna, label: 'Telefoon', token_hash: hashToken(answer.body.token), revoked_at: null }]);
    expect(JSON.stringify(sessions)).not.toContain(answer.body.token);
    expect(sessions[0]?.logout_ticket_hash).toBe(hashToken(answer.body.logoutTicket));
    expect(JSON.stringify(sessions)).not.toContain(answer.body.logoutTicket);
  });

  it('GET /api/me tells who is logged in and in which teams', async () => {
    const token = await api.login('cor');
    const me = await api.request('/api/me', { token });
    expect(me.body).toEqual({
      user: { id: teams.cor, username: 'cor', displayName: 'Test cor' },
      teams: [
        { id: teams.teamA.id, name: 'Team Noord', role: 'teamleider' },
        { id: teams.teamB.id, name: 'Team Zuid', role: 'medewerker' },
      ],
      authors: expect.any(Object),
      sharing: { organisation: null, organisations: [] },
      // No team set its own: the default lock settings (team-settings-routes.test.ts sets them).
      lock: { idleMinutes: 5, backgroundGraceSeconds: 30, leaseHours: 72 },
    });
  });

  it('GET /api/me names the devices of team mates only, so a text can show who wrote it', async () => {
    const [annaPhone, bramPhone, corPhone] = [uuidv7(), uuidv7(), uuidv7()];
    await api.login('anna', TEST_PASSWORD, undefined, annaPhone);
    await api.login('bram', TEST_PASSWORD, undefined, bramPhone);
    const cor = await api.login('cor', TEST_PASSWORD, undefined, corPhone);
    const anna = await api.login('anna', TEST_PASSWORD, undefined, annaPhone);
    // cor shares team A with anna and team B with bram; anna shares nothing with bram.
    expect((await api.request('/api/me', { token: cor })).body.authors).toEqual({
      [annaPhone]: 'Test anna',
      [bramPhone]: 'Test bram',
      [corPhone]: 'Test cor',
    });
    expect((await api.request('/api/me', { token: anna })).body.authors).toEqual({ [annaPhone]: 'Test anna', [corPhone]: 'Test cor' });
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrong = await login('anna', 'not-the-password');
    const unknown = await login('nobody', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({ error: 'unauthenticated', message: 'De gebruikersnaam of het wachtwoord klopt niet.' });
  });

  // The login limit itself: login-limit.test.ts.

  it('refuses requests without a valid token', async () => {
    for (const headers of [{} as Record<string, string>, { authorization: 'Bearer ' }, { authorization: 'Bearer nonsense-token-that-is-long-enough' }, { authorization: 'Basic YTpi' }]) {
      const answer = await api.request('/api/me', { headers });
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ error: 'unauthenticated' });
    }
  });

  it('a revoked device is told so on every call, so it can wipe its data', async () => {
    const token = await api.login('anna');
    await revokeUserSessions(store.db, teams.anna, now);
    for (const [path, body] of [
      ['/api/me', undefined],
      ['/api/sync/pull', { protocolVersion: PROTOCOL_VERSION, teamId: teams.teamA.id, cursor: 0 }],
      ['/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations: [] }],
    ] as const) {
      const answer = body ? await api.post(path, body, token) : await api.request(path, { token });
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ error: 'device-revoked', message: expect.stringContaining('gewist') });
    }
    expect((await login('anna', TEST_PASSWORD)).status).toBe(200); // logging in again makes a new session
  });

  it('logout ends the session and tells the browser to drop the origin\'s storage', async () => {
    const token = await api.login('anna');
    const other = await api.login('anna');
    const logout = await api.post('/api/auth/logout', {}, token);
    expect(logout.status).toBe(204);
    expect(logout.headers.get('clear-site-data')).toBe('"cache", "storage"');
    expect((await api.request('/api/me', { token })).body).toMatchObject({ error: 'unauthenticated' });
    expect((await api.request('/api/me', { token: other })).status).toBe(200);
    // Logging out a session that had ended already: the device wipes all the same.
    const again = await api.post('/api/auth/logout', {}, token);
    expect(again.status).toBe(401);
    expect(again.headers.get('clear-site-data')).toBe('"cache", "storage"');
  });

  it('a logout without a bearer token (a form or link of another site) clears nothing', async () => {
    const answer = await api.request('/api/auth/logout', { method: 'POST' });
    expect(answer.status).toBe(401);
    expect(answer.headers.get('clear-site-data')).toBeNull();
  });

  it('records when a device was last seen, at most once a minute', async () => {
    const token = await api.login('anna');
    const lastSeen = async () => (await store.db.selectFrom('device_sessions').select('last_seen_at').executeTakeFirstOrThrow()).last_seen_at;
    const start = await lastSeen();
    now = new Date(now.getTime() + 30_000);
    await api.request('/api/me', { token });
    expect(await lastSeen()).toBe(start);
    now = new Date(now.getTime() + 61_000);
    await api.request('/api/me', { token });
    expect(await lastSeen()).toBe(now.toISOString());
  });

  it('validates the login request', async () => {
    const noPassword = await api.post('/api/auth/login', { protocolVersion: PROTOCOL_VERSION, username: 'anna', password: '', clientId: uuidv7() });
    expect(noPassword.status).toBe(400);
    expect(noPassword.body.details).toContainEqual({ path: 'password', message: 'Vul je wachtwoord in.' });
    const oldApp = await api.post('/api/auth/login', { protocolVersion: 0, username: 'anna', password: TEST_PASSWORD });
    expect(oldApp.status).toBe(426);
  });

  it('stores a device label with control characters without failing', async () => {
    const answer = await api.post('/api/auth/login', { protocolVersion: PROTOCOL_VERSION, username: 'anna', password: TEST_PASSWORD, deviceLabel: 'Tele\u0000foon\n', clientId: uuidv7() });
    expect(answer.status).toBe(200);
    expect((await store.db.selectFrom('device_sessions').select('label').executeTakeFirstOrThrow()).label).toBe('Telefoon');
  });
});
