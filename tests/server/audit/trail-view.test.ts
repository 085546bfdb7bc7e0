/** The teamleider's view of the trail: by role, own team only, per household, per user and per period. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { writeAudit } from '../../../src/server/audit/audit-log';
import type { Store } from '../../../src/server/store/open-store';
import { addTestUser, tokenFor, twoTeams } from '../helpers/accounts';
import { TestApi } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

describe.each(storeKinds)('the trail view on $name', (kind) => {
  let store: Store;
  let api: TestApi;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  let leader: string;
  const h1 = '0190a000-0000-7000-8000-000000000001';
  const h2 = '0190a000-0000-7000-8000-000000000002';

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    api = new TestApi({ store });
    leader = await tokenFor(store, teams.cor);
    const read = (teamId: string, householdId: string) => ({ teamId, householdId, action: 'read' as const, table: 'households', recordId: householdId });
    await writeAudit(store.db, store.dialect, { userId: teams.anna, deviceSessionId: null }, [read(teams.teamA.id, h1)], new Date('2026-03-01T10:00:00Z'));
    await writeAudit(store.db, store.dialect, { userId: teams.anna, deviceSessionId: null }, [read(teams.teamA.id, h2)], new Date('2026-03-05T10:00:00Z'));
    await writeAudit(store.db, store.dialect, { userId: teams.cor, deviceSessionId: null }, [read(teams.teamA.id, h1)], new Date('2026-03-09T10:00:00Z'));
    await writeAudit(store.db, store.dialect, { userId: teams.bram, deviceSessionId: null }, [read(teams.teamB.id, h2)], new Date('2026-03-05T10:00:00Z'));
  });
  afterEach(() => store.close());

  const trail = (query: Record<string, unknown>, token = leader) => api.post('/api/audit/trail', { protocolVersion: PROTOCOL_VERSION, ...query }, token);
  const times = (body: { entries: { occurredAt: string }[] }) => body.entries.map((e) => e.occurredAt.slice(0, 10));

  it('per household, per user and per period, newest first, only of the own team', async () => {
    expect(times((await trail({ teamId: teams.teamA.id, householdId: h1 })).body)).toEqual(['2026-03-09', '2026-03-01']);
    expect(times((await trail({ teamId: teams.teamA.id, householdId: h2 })).body)).toEqual(['2026-03-05']);
    const annas = (await trail({ teamId: teams.teamA.id, userId: teams.anna })).body;
    expect(annas.entries.every((e: { userName: string }) => e.userName === 'Test anna')).toBe(true);
    expect(times(annas)).toEqual(['2026-03-05', '2026-03-01']);
    const period = await trail({ teamId: teams.teamA.id, from: '2026-03-02T00:00:00.000Z', to: '2026-03-08T00:00:00.000Z' });
    expect(times(period.body)).toEqual(['2026-03-05']);
  });

  it('refuses a medewerker, a member of another team, and a bad period', async () => {
    expect((await trail({ teamId: teams.teamA.id }, await tokenFor(store, teams.anna))).status).toBe(403);
    expect((await trail({ teamId: teams.teamB.id })).status).toBe(403); // cor is medewerker in team B
    const outsider = await addTestUser(store, 'dirk', []);
    expect((await trail({ teamId: teams.teamA.id }, await tokenFor(store, outsider))).status).toBe(403);
    expect((await trail({ teamId: teams.teamA.id, from: '2026-03-09T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' })).status).toBe(400);
  });

  it('says when more entries match than it sent', async () => {
    expect((await trail({ teamId: teams.teamA.id, limit: 2 })).body).toMatchObject({ truncated: true, entries: [{}, {}] });
  });
});
