/**
 * The offline lease holds on the server too (issue 9, docs/security/unlock-and-lock.md): a session
 * unused for longer than the strictest lease of its user's teams is refused like an idle one:
 * 401 'unauthenticated' (log in again, keep the unsent work), never 'device-revoked' and never
 * Clear-Site-Data. twoTeams: anna (A), bram (B), cor (teamleider of A, medewerker of B).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { DEFAULT_TEAM_SETTINGS } from '../../../src/domain/team-settings';
import { listDevices } from '../../../src/server/admin/devices';
import { saveTeamSettings } from '../../../src/server/admin/team-settings';
import { ephemeralEscrowServerKey } from '../../../src/server/escrow/server-key';
import type { Store } from '../../../src/server/store/open-store';
import { twoTeams } from '../helpers/accounts';
import { TestApi, type Answer } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

const HOUR = 3_600_000;

describe.each(storeKinds)('the offline lease on the server on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let now: Date;
  let teams: Awaited<ReturnType<typeof twoTeams>>;

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    now = new Date('2026-03-02T09:00:00Z');
    api = new TestApi({ store, clock: () => now, escrowServerKey: ephemeralEscrowServerKey() });
  });
  afterEach(() => store.close());

  const later = (ms: number) => (now = new Date(now.getTime() + ms));
  const me = (token: string) => api.request('/api/me', { token });
  const lease = (teamId: string, leaseHours: number) => saveTeamSettings(store.db, teamId, { ...DEFAULT_TEAM_SETTINGS, leaseHours }, null, now);
  const expectEnded = (answer: Answer) => {
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ error: 'unauthenticated' });
    expect(answer.headers.get('clear-site-data')).toBeNull();
  };

  it('refuses a session unused for longer than the default lease (72 h), not before; each use starts it again', async () => {
    const token = await api.login('anna');
    later(71 * HOUR);
    expect((await me(token)).status).toBe(200);
    later(71 * HOUR); // used in between: 142 h after the login, 71 h after its last use
    expect((await me(token)).status).toBe(200);
    later(72 * HOUR + 1000);
    expectEnded(await me(token));
  });

  it('follows the strictest lease over the worker\'s teams', async () => {
    await lease(teams.teamA.id, 24);
    await lease(teams.teamB.id, 48);
    const [anna, bram, cor] = [await api.login('anna'), await api.login('bram'), await api.login('cor')];
    later(25 * HOUR);
    expectEnded(await me(anna)); // team A: 24 h
    expectEnded(await me(cor)); // teams A and B: the stricter 24 h
    expect((await me(bram)).status).toBe(200); // team B only: 48 h
  });

  it('a changed lease counts from the next request (nothing cached)', async () => {
    const token = await api.login('anna');
    later(2 * HOUR);
    expect((await me(token)).status).toBe(200);
    await lease(teams.teamA.id, 1);
    later(HOUR + 1000);
    expectEnded(await me(token));
  });

  it('a session past its lease releases no escrow key', async () => {
    const token = await api.login('anna', undefined, undefined, uuidv7());
    expect((await api.post('/api/escrow', { protocolVersion: PROTOCOL_VERSION }, token)).status).toBe(201);
    await lease(teams.teamA.id, 1);
    later(HOUR + 1000);
    expectEnded(await api.post('/api/escrow/release', { protocolVersion: PROTOCOL_VERSION }, token));
    const [row] = await store.db.selectFrom('escrow_keys').selectAll().execute();
    expect(row?.released_at).toBeNull();
  });

  it('the device list shows a session past its lease as ended, like authenticate finds it', async () => {
    await api.login('anna');
    await api.login('bram');
    later(73 * HOUR);
    await lease(teams.teamB.id, 720);
    const states = (await listDevices(store.db, {}, now)).map((d) => [d.username, d.state]);
    expect(states).toEqual([
      ['anna', 'expired'],
      ['bram', 'active'],
    ]);
  });
});
