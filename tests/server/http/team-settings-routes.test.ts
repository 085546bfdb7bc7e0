import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { DEFAULT_TEAM_SETTINGS } from '../../../src/domain/team-settings';
import { runCli } from '../../../src/server/admin/run-cli';
import type { Store } from '../../../src/server/store/open-store';
import { addTestUser, tokenFor, twoTeams } from '../helpers/accounts';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

/**
 * A team's lock settings: set by its teamleider (app) or from the admin CLI, validated with the
 * domain schema, audited, and handed to every device of the team's members in `/api/me` (the
 * strictest of a worker's teams). twoTeams: anna (A), bram (B), cor (teamleider of A, medewerker of B).
 */
describe.each(storeKinds)('team settings on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  const now = new Date('2026-03-02T09:00:00Z');

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    api = new TestApi({ store, clock: () => now });
  });
  afterEach(() => store.close());

  const path = (teamId: string) => `/api/teams/${teamId}/settings`;
  const put = (teamId: string, body: unknown, token: string) => api.request(path(teamId), { method: 'PUT', body: JSON.stringify(body), token });
  const audit = () => store.db.selectFrom('account_audit').selectAll().where('action', '=', 'admin').orderBy('id').execute();
  const stricter = { idleMinutes: 2, backgroundGraceSeconds: 10, leaseHours: 24 };

  it('a team without settings has the defaults, for its teamleider and in every member\'s /api/me', async () => {
    const cor = await tokenFor(store, teams.cor);
    const anna = await tokenFor(store, teams.anna);
    expect((await api.request(path(teams.teamA.id), { token: cor })).body).toEqual(DEFAULT_TEAM_SETTINGS);
    expect((await api.request('/api/me', { token: anna })).body.lock).toEqual(DEFAULT_TEAM_SETTINGS);
  });

  it('the teamleider sets them; members get them at their next /api/me; the change is audited', async () => {
    const cor = await tokenFor(store, teams.cor);
    const anna = await tokenFor(store, teams.anna);
    const bram = await tokenFor(store, teams.bram);
    const answer = await put(teams.teamA.id, stricter, cor);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(stricter);
    expect((await api.request('/api/me', { token: anna })).body.lock).toEqual(stricter);
    // Team B kept the defaults; cor (in both) follows the strictest.
    expect((await api.request('/api/me', { token: bram })).body.lock).toEqual(DEFAULT_TEAM_SETTINGS);
    expect((await api.request('/api/me', { token: cor })).body.lock).toEqual(stricter);
    const [entry] = await audit();
    expect(entry?.user_id).toBe(teams.cor);
    expect(JSON.parse(entry?.detail ?? '{}')).toMatchObject({ via: 'app', command: 'team-settings', team: teams.teamA.id, settings: stricter, exit: 0 });
  });

  it('a worker in two teams follows each value at its strictest', async () => {
    const dewi = await addTestUser(store, 'dewi', [{ teamId: teams.teamA.id }, { teamId: teams.teamB.id, role: 'teamleider' }]);
    const cor = await tokenFor(store, teams.cor);
    const dewiToken = await tokenFor(store, dewi);
    expect((await put(teams.teamA.id, { idleMinutes: 10, backgroundGraceSeconds: 0, leaseHours: 200 }, cor)).status).toBe(200);
    expect((await put(teams.teamB.id, { idleMinutes: 3, backgroundGraceSeconds: 60, leaseHours: 500 }, dewiToken)).status).toBe(200);
    expect((await api.request('/api/me', { token: dewiToken })).body.lock).toEqual({ idleMinutes: 3, backgroundGraceSeconds: 0, leaseHours: 200 });
  });

  it('a medewerker, or a teamleider of another team, may not read or set them (refusals audited)', async () => {
    const anna = await tokenFor(store, teams.anna);
    const cor = await tokenFor(store, teams.cor); // only medewerker in B
    expect((await api.request(path(teams.teamA.id), { token: anna })).status).toBe(403);
    expect((await put(teams.teamA.id, stricter, anna)).status).toBe(403);
    expect((await put(teams.teamB.id, stricter, cor)).status).toBe(403);
    expect((await put(uuidv7(), stricter, cor)).status).toBe(403);
    expect((await put('geen-id', stricter, cor)).status).toBe(400);
    expect(await store.db.selectFrom('team_settings').selectAll().execute()).toEqual([]);
    expect((await audit()).map((row) => JSON.parse(row.detail ?? '{}').exit)).toEqual(['forbidden', 'forbidden', 'forbidden']);
  });

  it('refuses values outside the bounds and stores nothing', async () => {
    const cor = await tokenFor(store, teams.cor);
    for (const body of [
      { ...stricter, idleMinutes: 0 },
      { ...stricter, idleMinutes: 61 },
      { ...stricter, backgroundGraceSeconds: 301 },
      { ...stricter, leaseHours: 721 },
      { ...stricter, leaseHours: 1.5 },
      { idleMinutes: 5 },
      { ...stricter, extra: 1 },
    ]) {
      const answer = await put(teams.teamA.id, body, cor);
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect(await store.db.selectFrom('team_settings').selectAll().execute()).toEqual([]);
  });

  it('the admin CLI shows and sets them (only the values given change) and is audited', async () => {
    const output: string[] = [];
    const admin = (argv: string[]) => runCli(argv, { env: {}, store, out: (line) => output.push(line) });
    expect(await admin(['team-settings', '--team', 'Team Noord'])).toBe(0);
    expect(output.at(-1)).toContain('na 5 min zonder gebruik, na 30 s op de achtergrond');
    expect(await admin(['team-settings', '--team', 'Team Noord', '--idle', '15', '--lease', '48'])).toBe(0);
    expect(output.at(-1)).toContain('na 15 min zonder gebruik, na 30 s op de achtergrond; vraagt na 48 uur');
    const anna = await tokenFor(store, teams.anna);
    expect((await api.request('/api/me', { token: anna })).body.lock).toEqual({ idleMinutes: 15, backgroundGraceSeconds: 30, leaseHours: 48 });
    // Out of bounds or not a number: wrong use, nothing changes.
    expect(await admin(['team-settings', '--team', 'Team Noord', '--idle', '0'])).toBe(2);
    expect(await admin(['team-settings', '--team', 'Team Noord', '--lease', 'veel'])).toBe(2);
    expect(await admin(['team-settings', '--team', 'Nergens'])).toBe(2);
    expect((await api.request('/api/me', { token: anna })).body.lock).toMatchObject({ idleMinutes: 15, leaseHours: 48 });
    const details = (await audit()).map((row) => JSON.parse(row.detail ?? '{}'));
    expect(details.map((d) => d.command)).toEqual(Array(5).fill('team-settings'));
    // Ids made in the same millisecond do not say which came first: found by what it set.
    expect(details).toContainEqual(expect.objectContaining({ team: 'Team Noord', idle: '15', lease: '48', exit: 0 }));
  });
});
