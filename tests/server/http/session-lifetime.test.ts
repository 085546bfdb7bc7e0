/**
 * Device sessions end (issue 6, hole 5): after a time without contact (idle) and after a time in
 * all (absolute); their token is replaced at most once a day, without breaking requests in flight.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROTATED_TOKEN_HEADER } from '../../../src/domain/auth-protocol';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { DEFAULT_TEAM_SETTINGS, TEAM_SETTING_BOUNDS } from '../../../src/domain/team-settings';
import { saveTeamSettings } from '../../../src/server/admin/team-settings';
import type { Store } from '../../../src/server/store/open-store';
import { TEST_PASSWORD, twoTeams } from '../helpers/accounts';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

const DAY = 86_400_000;

describe.each(storeKinds)('session lifetime on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let now: Date;
  let teams: Awaited<ReturnType<typeof twoTeams>>;

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    now = new Date('2026-03-02T09:00:00Z');
    api = new TestApi({ store, clock: () => now, sessions: { idleMs: 30 * DAY, maxMs: 90 * DAY } });
  });
  afterEach(() => store.close());

  const later = (ms: number) => (now = new Date(now.getTime() + ms));
  const me = (token: string) => api.request('/api/me', { token });
  const login = async () =>
    (await api.post('/api/auth/login', { protocolVersion: PROTOCOL_VERSION, username: 'anna', password: TEST_PASSWORD, clientId: uuidv7() })).body
      .token as string;

  it('ends a session after 30 days without contact, not before', async () => {
    // The team's offline lease at its longest (30 days), so the session policy's idle time decides
    // (a shorter lease ends it sooner: session-lease.test.ts).
    await saveTeamSettings(store.db, teams.teamA.id, { ...DEFAULT_TEAM_SETTINGS, leaseHours: TEAM_SETTING_BOUNDS.leaseHours.max }, null, now);
    const token = await login();
    later(29 * DAY);
    expect((await me(token)).status).toBe(200);
    later(29 * DAY); // a holiday: contact in between keeps it alive
    let answer = await me(token);
    expect(answer.status).toBe(200);
    const current = answer.headers.get(ROTATED_TOKEN_HEADER) ?? token;
    later(30 * DAY + 1000);
    answer = await me(current);
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ error: 'unauthenticated' });
  });

  it('ends a session after its absolute lifetime even when used every day', async () => {
    let token = await login();
    for (let day = 1; day < 90; day++) {
      later(DAY);
      const answer = await me(token);
      expect(answer.status, `day ${day}`).toBe(200);
      token = answer.headers.get(ROTATED_TOKEN_HEADER) ?? token;
    }
    later(DAY);
    expect((await me(token)).status).toBe(401);
  });

  it('replaces the token at most once a day; the old one keeps working for requests in flight', async () => {
    const first = await login();
    later(60 * 60_000);
    expect((await me(first)).headers.get(ROTATED_TOKEN_HEADER)).toBeNull();
    later(DAY);
    const [a, b] = await Promise.all([me(first), me(first)]);
    const second = a.headers.get(ROTATED_TOKEN_HEADER);
    expect(second).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    // Both requests in flight with the old token got the same new one.
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.headers.get(ROTATED_TOKEN_HEADER)).toBe(second);
    // A request sent with the old token after the new one arrived still works ...
    expect((await me(second!)).status).toBe(200);
    expect((await me(first)).status).toBe(200);
    // ... for a while; then only the new token does.
    later(60 * 60_000);
    expect((await me(first)).status).toBe(401);
    expect((await me(second!)).status).toBe(200);
    expect(JSON.stringify(await store.db.selectFrom('device_sessions').selectAll().execute())).not.toContain(second);
  });

  it('logout is in the audit trail', async () => {
    const token = await login();
    expect((await api.post('/api/auth/logout', {}, token)).status).toBe(204);
    const rows = await store.db.selectFrom('account_audit').select('action').execute();
    expect(rows.map((r) => r.action).sort()).toEqual(['login', 'logout']);
  });
});
