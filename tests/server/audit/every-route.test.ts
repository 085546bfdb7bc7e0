/**
 * Every route of the API, walked from the app's own route list: a route that touches household
 * data must write the NEN 7513 fields (action, time, user and role, device session, team,
 * household, record, outcome and reason) when it allows and when it refuses; every other route
 * must say here why it has none. A new route that is not in this table fails the first test.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import type { Store } from '../../../src/server/store/open-store';
import type { AuditLogTable } from '../../../src/server/store/schema';
import { addTestUser, tokenFor, twoTeams } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { TestApi, type Answer } from '../helpers/http';
import { storeKinds } from '../helpers/stores';

interface World {
  store: Store;
  api: TestApi;
  teams: Awaited<ReturnType<typeof twoTeams>>;
  /** anna (medewerker, team A) on her device, and her session's id. */
  token: string;
  sessionId: string;
  device: TestDevice;
  householdId: string;
  /** cor: teamleider of team A, on his own device. */
  leaderToken: string;
  leaderSessionId: string;
  /** What a case's request made for its entry to name (another user's ids). */
  scratch: Record<string, string>;
}

/** A beheerder of team A, logged in on her own device; her ids go into w.scratch. */
async function asBeheerder(w: World): Promise<string> {
  const bea = await addTestUser(w.store, 'bea', [{ teamId: w.teams.teamA.id, role: 'beheerder' }]);
  const token = await tokenFor(w.store, bea);
  const session = await w.store.db.selectFrom('device_sessions').select('id').where('user_id', '=', bea).executeTakeFirstOrThrow();
  w.scratch = { userId: bea, sessionId: session.id };
  return token;
}

interface Case {
  request: (w: World) => Promise<Answer>;
  status: number;
  /** The entry the request must have written last (user and device are checked for all). */
  entry: (w: World) => Partial<AuditLogTable>;
}

type RouteAudit = { none: string } | { allowed: Case; refused: Case };

const v = PROTOCOL_VERSION;
/** A read done offline an hour before the device reported it. */
const offlineAt = new Date(Date.now() - 3_600_000).toISOString();

export const routeAudit: Record<string, RouteAudit> = {
  'GET /api/health': { none: 'answers the server version only' },
  'GET /api/setup': { none: 'says whether setup is needed; account trail when it is done' },
  'POST /api/setup': { none: 'makes the first team and account: in the account trail (setup)' },
  'POST /api/auth/login': { none: 'account trail (login, login-failed, login-refused)' },
  'POST /api/auth/logout': { none: 'account trail (logout)' },
  'POST /api/auth/logout-ticket': { none: 'account trail (logout, detail logout-ticket)' },
  'GET /api/me': { none: "the user's own account and teams, no household" },
  'POST /api/escrow': { none: "keeps a device's escrow key (key material, never household data); its release needs a fresh login" },
  'POST /api/escrow/release': { none: "gives a device back its own escrow key after a fresh login (account act, no household data)" },
  'GET /api/teams/:teamId/devices': { none: "lists the team's devices and users, never household data" },
  'POST /api/teams/:teamId/devices/:deviceId/revoke': { none: 'account act: in the account trail (admin, via app)' },
  'POST /api/teams/:teamId/users/:userId/revoke': { none: 'account act: in the account trail (admin, via app)' },
  'GET /api/teams/:teamId/settings': { none: "the team's lock settings (numbers, never household data)" },
  'PUT /api/teams/:teamId/settings': { none: 'account act: in the account trail (admin team-settings, via app)' },
  'POST /api/households/:id/erase': {
    allowed: {
      request: async (w) => w.api.post(`/api/households/${w.householdId}/erase`, {}, await asBeheerder(w)),
      status: 200,
      entry: (w) => ({ action: 'erase', table_name: 'households', record_id: w.householdId, household_id: w.householdId, team_id: w.teams.teamA.id, role: 'beheerder', outcome: 'allowed', user_id: w.scratch.userId, device_session_id: w.scratch.sessionId }),
    },
    refused: {
      request: (w) => w.api.post(`/api/households/${w.householdId}/erase`, {}, w.token),
      status: 403,
      entry: (w) => ({ action: 'erase', table_name: 'households', household_id: w.householdId, team_id: w.teams.teamA.id, role: 'medewerker', outcome: 'refused', reason: 'role' }),
    },
  },
  'GET /api/households/:id/inzage': {
    allowed: {
      request: async (w) => w.api.request(`/api/households/${w.householdId}/inzage`, { token: await asBeheerder(w) }),
      status: 200,
      entry: (w) => ({ action: 'export', household_id: w.householdId, team_id: w.teams.teamA.id, role: 'beheerder', outcome: 'allowed', user_id: w.scratch.userId, device_session_id: w.scratch.sessionId }),
    },
    refused: {
      request: (w) => w.api.request(`/api/households/${w.householdId}/inzage`, { token: w.token }),
      status: 403,
      entry: (w) => ({ action: 'export', household_id: w.householdId, team_id: w.teams.teamA.id, role: 'medewerker', outcome: 'refused', reason: 'role' }),
    },
  },
  'GET /api/teams/:teamId/break-glass': {
    allowed: {
      request: (w) => w.api.request(`/api/teams/${w.teams.teamA.id}/break-glass`, { token: w.leaderToken }),
      status: 200,
      entry: (w) => ({ action: 'read', table_name: 'breakGlass', team_id: w.teams.teamA.id, role: 'teamleider', outcome: 'allowed', user_id: w.teams.cor, device_session_id: w.leaderSessionId }),
    },
    refused: {
      request: (w) => w.api.request(`/api/teams/${w.teams.teamA.id}/break-glass`, { token: w.token }),
      status: 403,
      entry: (w) => ({ action: 'read', table_name: 'breakGlass', team_id: w.teams.teamA.id, role: 'medewerker', outcome: 'refused', reason: 'role' }),
    },
  },
  'GET /api/sync/events': { none: 'announces that a team changed (a seq), never a record; the pull that follows is audited' },
  'POST /api/sync/push': {
    allowed: {
      request: (w) => w.api.post('/api/sync/push', { protocolVersion: v, mutations: [w.device.put('households', w.householdId, { members: 'Twee' }, { teamId: w.teams.teamA.id, baseRev: 1 })] }, w.token),
      status: 200,
      entry: (w) => ({ action: 'update', table_name: 'households', record_id: w.householdId, household_id: w.householdId, team_id: w.teams.teamA.id, role: 'medewerker', outcome: 'allowed', reason: null }),
    },
    refused: {
      request: (w) => w.api.post('/api/sync/push', { protocolVersion: v, mutations: [newHousehold(w.device, w.teams.teamB.id).mutation] }, w.token),
      status: 200,
      entry: (w) => ({ action: 'create', table_name: 'households', team_id: w.teams.teamB.id, role: null, outcome: 'refused', reason: 'forbidden' }),
    },
  },
  'POST /api/sync/pull': {
    allowed: {
      request: (w) => w.api.post('/api/sync/pull', { protocolVersion: v, teamId: w.teams.teamA.id, cursor: 0 }, w.token),
      status: 200,
      entry: (w) => ({ action: 'read', household_id: w.householdId, team_id: w.teams.teamA.id, role: 'medewerker', outcome: 'allowed' }),
    },
    refused: {
      request: (w) => w.api.post('/api/sync/pull', { protocolVersion: v, teamId: w.teams.teamB.id, cursor: 0 }, w.token),
      status: 403,
      entry: (w) => ({ action: 'read', household_id: null, team_id: w.teams.teamB.id, role: null, outcome: 'refused', reason: 'not-in-team' }),
    },
  },
  'POST /api/audit/device': {
    allowed: {
      request: (w) =>
        w.api.post('/api/audit/device', { protocolVersion: v, entries: [{ entryId: uuidv7(), action: 'print', teamId: w.teams.teamA.id, householdId: w.householdId, table: 'goals', recordId: null, occurredAt: offlineAt }] }, w.token),
      status: 200,
      entry: (w) => ({ action: 'print', table_name: 'goals', household_id: w.householdId, team_id: w.teams.teamA.id, role: 'medewerker', outcome: 'allowed', source: 'device', occurred_at: offlineAt }),
    },
    refused: {
      request: (w) =>
        w.api.post('/api/audit/device', { protocolVersion: v, entries: [{ entryId: uuidv7(), action: 'read', teamId: w.teams.teamB.id, householdId: w.householdId, table: 'households', recordId: w.householdId, occurredAt: offlineAt }] }, w.token),
      status: 200,
      entry: (w) => ({ action: 'read', team_id: w.teams.teamB.id, role: null, outcome: 'refused', reason: 'device-not-in-team' }),
    },
  },
  'POST /api/audit/trail': {
    allowed: {
      request: (w) => w.api.post('/api/audit/trail', { protocolVersion: v, teamId: w.teams.teamA.id, householdId: w.householdId }, w.leaderToken),
      status: 200,
      entry: (w) => ({ action: 'read', table_name: 'audit_log', household_id: w.householdId, team_id: w.teams.teamA.id, role: 'teamleider', outcome: 'allowed', user_id: w.teams.cor, device_session_id: w.leaderSessionId }),
    },
    refused: {
      request: (w) => w.api.post('/api/audit/trail', { protocolVersion: v, teamId: w.teams.teamA.id }, w.token),
      status: 403,
      entry: (w) => ({ action: 'read', table_name: 'audit_log', team_id: w.teams.teamA.id, role: 'medewerker', outcome: 'refused', reason: 'role' }),
    },
  },
};

describe.each(storeKinds)('the audit of every route on $name', (kind) => {
  let w: World;

  beforeEach(async () => {
    const store = await kind.open();
    const teams = await twoTeams(store);
    const device = new TestDevice();
    const token = await tokenFor(store, teams.anna, device);
    const api = new TestApi({ store });
    const h = newHousehold(device, teams.teamA.id);
    expect((await api.post('/api/sync/push', { protocolVersion: v, mutations: [h.mutation] }, token)).status).toBe(200);
    const leaderToken = await tokenFor(store, teams.cor);
    const sessionOf = async (userId: string) =>
      (await store.db.selectFrom('device_sessions').select('id').where('user_id', '=', userId).executeTakeFirstOrThrow()).id;
    const [sessionId, leaderSessionId] = [await sessionOf(teams.anna), await sessionOf(teams.cor)];
    w = { store, api, teams, token, sessionId, device, householdId: h.id, leaderToken, leaderSessionId, scratch: {} };
  });
  afterEach(() => w.store.close());

  it('knows every route the app serves', () => {
    const served = new Set(
      w.api.app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`),
    );
    expect([...served].sort()).toEqual(Object.keys(routeAudit).sort());
  });

  const audited = Object.entries(routeAudit).flatMap(([route, audit]) =>
    'none' in audit ? [] : (['allowed', 'refused'] as const).map((outcome) => [route, outcome, audit[outcome]] as const),
  );

  it.each(audited)('%s writes its entry when %s', async (_, __, c) => {
    const before = Date.now();
    const answer = await c.request(w);
    expect(answer.status).toBe(c.status);
    const last = await w.store.db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const { occurred_at, ...expected } = c.entry(w);
    expect(last).toMatchObject({ user_id: w.teams.anna, device_session_id: w.sessionId, ...expected });
    expect(Date.parse(last.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(last.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(last.occurred_at).toBe(occurred_at ?? last.at);
  });
});
