import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import type { Store } from '../../../src/server/store/open-store';
import { addTestUser, tokenFor, twoTeams } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

/**
 * The app's device screen: a teamleider of team A sees and revokes only team A's devices, a
 * revoked device is refused with Clear-Site-Data, and every revoke is in account_audit.
 * twoTeams: anna (A), bram (B), cor (teamleider of A, medewerker of B).
 */
describe.each(storeKinds)('device routes on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  let leiderB: string;
  const now = new Date('2026-03-02T09:00:00Z');

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    leiderB = await addTestUser(store, 'dewi', [{ teamId: teams.teamB.id, role: 'teamleider' }]);
    api = new TestApi({ store, clock: () => now });
  });
  afterEach(() => store.close());

  const devices = (teamId: string, token: string) => api.request(`/api/teams/${teamId}/devices`, { token });
  const revokeDevice = (teamId: string, deviceId: string, token: string) => api.post(`/api/teams/${teamId}/devices/${deviceId}/revoke`, {}, token);
  const revokeUser = (teamId: string, userId: string, token: string) => api.post(`/api/teams/${teamId}/users/${userId}/revoke`, {}, token);
  const sessionIdOf = async (userId: string) =>
    (await store.db.selectFrom('device_sessions').select('id').where('user_id', '=', userId).executeTakeFirstOrThrow()).id;
  const audit = () => store.db.selectFrom('account_audit').selectAll().where('action', '=', 'admin').orderBy('id').execute();

  it("lists the team's devices (label, user, last seen) for its teamleider", async () => {
    const cor = await tokenFor(store, teams.cor);
    await tokenFor(store, teams.anna);
    await tokenFor(store, teams.bram);
    const answer = await devices(teams.teamA.id, cor);
    expect(answer.status).toBe(200);
    expect(answer.body.devices.map((d: { username: string }) => d.username)).toEqual(['anna', 'cor']);
    expect(answer.body.devices[0]).toMatchObject({ label: 'Testtelefoon', displayName: 'Test anna', state: 'active', current: false });
    expect(answer.body.devices[1]).toMatchObject({ current: true, lastSeenAt: expect.any(String) });
  });

  it("a teamleider of team A can never list or revoke team B's devices", async () => {
    const cor = await tokenFor(store, teams.cor); // teamleider of A, only medewerker of B
    const dewi = await tokenFor(store, leiderB);
    await tokenFor(store, teams.bram);
    const bramDevice = await sessionIdOf(teams.bram);

    expect((await devices(teams.teamB.id, cor)).status).toBe(403);
    // Through team A, where cor is teamleider, bram's device (team B only) is not found.
    expect((await revokeDevice(teams.teamA.id, bramDevice, cor)).status).toBe(404);
    expect((await revokeDevice(teams.teamB.id, bramDevice, cor)).status).toBe(403);
    expect((await revokeUser(teams.teamA.id, teams.bram, cor)).status).toBe(404);
    expect((await revokeUser(teams.teamB.id, teams.bram, cor)).status).toBe(403);
    // And the other way round: dewi leads B, anna is only in A.
    await tokenFor(store, teams.anna);
    expect((await revokeDevice(teams.teamB.id, await sessionIdOf(teams.anna), dewi)).status).toBe(404);

    const still = await store.db.selectFrom('device_sessions').select('revoked_at').where('revoked_at', 'is not', null).execute();
    expect(still).toEqual([]);
    expect((await store.db.selectFrom('users').select('disabled_at').where('id', '=', teams.bram).executeTakeFirstOrThrow()).disabled_at).toBeNull();
    // Every refused attempt is audited too (same clock: compare as a set).
    expect((await audit()).map((row) => JSON.parse(row.detail ?? '{}').exit).sort()).toEqual(['forbidden', 'forbidden', 'not-found', 'not-found', 'not-found']);
  });

  it('a medewerker may not see the devices, and a team id from nowhere is the same 403', async () => {
    const anna = await tokenFor(store, teams.anna);
    expect((await devices(teams.teamA.id, anna)).status).toBe(403);
    expect((await devices(uuidv7(), anna)).status).toBe(403);
    expect((await devices('not-an-id', anna)).status).toBe(400);
    expect((await revokeDevice(teams.teamA.id, 'x', anna)).status).toBe(400);
  });

  it('revokes a device in one tap: its next push is refused with Clear-Site-Data and writes nothing', async () => {
    const cor = await tokenFor(store, teams.cor);
    const phone = new TestDevice();
    const anna = await tokenFor(store, teams.anna, phone);
    const annaDevice = await sessionIdOf(teams.anna);

    expect((await revokeDevice(teams.teamA.id, annaDevice, cor)).status).toBe(204);
    expect((await revokeDevice(teams.teamA.id, annaDevice, cor)).status).toBe(404); // already revoked

    const push = await api.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations: [newHousehold(phone, teams.teamA.id).mutation] }, anna);
    expect(push.status).toBe(401);
    expect(push.body).toMatchObject({ error: 'device-revoked', message: expect.stringContaining('ingetrokken') });
    expect(push.headers.get('clear-site-data')).toBe('"cache", "storage"');
    expect(await store.db.selectFrom('records').select('id').execute()).toEqual([]);
    expect(await store.db.selectFrom('mutations').select('mutation_id').execute()).toEqual([]);

    const entries = await audit();
    expect(entries.map((e) => e.user_id)).toEqual([teams.cor, teams.cor]);
    expect(entries.map((e) => JSON.parse(e.detail ?? ''))).toContainEqual({ via: 'app', command: 'revoke-device', team: teams.teamA.id, args: [annaDevice], exit: 0 });
    expect((await devices(teams.teamA.id, cor)).body.devices.find((d: { id: string }) => d.id === annaDevice).state).toBe('revoked');
  });

  it('an ended session is told to log in again, without Clear-Site-Data (its unsent work stays)', async () => {
    const anna = await tokenFor(store, teams.anna);
    await api.post('/api/auth/logout', {}, anna);
    const answer = await api.request('/api/me', { token: anna });
    expect(answer.body).toMatchObject({ error: 'unauthenticated' });
    expect(answer.headers.get('clear-site-data')).toBeNull();
  });

  it('revokes a user: every device of theirs, and they cannot log in any more', async () => {
    const cor = await tokenFor(store, teams.cor);
    const phone = await tokenFor(store, teams.anna);
    await tokenFor(store, teams.anna);
    const answer = await revokeUser(teams.teamA.id, teams.anna, cor);
    expect(answer).toMatchObject({ status: 200, body: { revokedDevices: 2 } });
    expect((await api.request('/api/me', { token: phone })).body).toMatchObject({ error: 'device-revoked' });
    expect((await api.post('/api/auth/login', { protocolVersion: PROTOCOL_VERSION, username: 'anna', password: 'correct-horse-battery', deviceLabel: 'x', clientId: uuidv7() })).status).toBe(403);
  });

  it('a teamleider cannot revoke themselves or a beheerder of the team', async () => {
    const boss = await addTestUser(store, 'eva', [{ teamId: teams.teamA.id, role: 'beheerder' }]);
    const cor = await tokenFor(store, teams.cor);
    expect((await revokeUser(teams.teamA.id, teams.cor, cor)).status).toBe(403);
    expect((await revokeUser(teams.teamA.id, boss, cor)).status).toBe(403);
    const eva = await tokenFor(store, boss);
    expect((await revokeUser(teams.teamA.id, teams.cor, eva)).status).toBe(200);
  });
});
