/**
 * Hostile network (issue 10): at least 10,000 malformed or hostile requests, seeded, to every
 * route the app has (enumerated from the Hono app itself, so routes added later are fuzzed too),
 * with and without valid sessions. The server must answer every one below 500, log no error,
 * write nothing it should not (every table compared before and after, see snapshot.ts), and
 * still work afterwards. In-process (app.request), on SQLite; FUZZ_RUNS / FUZZ_SEED override.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/domain/ids';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { createDeviceSession, revokeUserSessions } from '../../../src/server/auth/sessions';
import { createApp } from '../../../src/server/http/app';
import { createLive, type Live } from '../../../src/server/live/live';
import { localTeamChanges } from '../../../src/server/live/team-changes';
import type { Store } from '../../../src/server/store/open-store';
import { addTestUser, tokenFor, twoTeams } from '../helpers/accounts';
import { newContact, newHousehold, TestDevice } from '../helpers/devices';
import { storeKinds } from '../helpers/stores';
import { requestArbitrary, type FuzzRequest, type Known, type TokenKind } from './arbitraries';
import { snapshot } from './snapshot';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

describe('every route under hostile input', () => {
  let store: Store;
  let live: Live;
  let app: ReturnType<typeof createApp>;
  let known: Known;
  let annaDevice: TestDevice;
  let tokens: Record<TokenKind, string | undefined>;
  const errors: string[] = [];
  const now = new Date();

  beforeAll(async () => {
    store = await storeKinds[0]!.open();
    const teams = await twoTeams(store);
    live = createLive(localTeamChanges());
    app = createApp({
      store,
      live,
      clock: () => now,
      logger: (level, msg, fields) => void (level === 'error' && errors.push(`${msg} ${JSON.stringify(fields)}`)),
      // The limiter has tests of its own; here it would only turn the fuzz into 429s.
      requestLimits: { windowMs: 60_000, perWindow: { push: 1e9, pull: 1e9, 'logout-ticket': 1e9 } },
    });
    const anna = new TestDevice();
    annaDevice = anna;
    const bram = new TestDevice();
    tokens = {
      none: undefined,
      anna: await tokenFor(store, teams.anna, anna),
      bram: await tokenFor(store, teams.bram, bram),
      revoked: await tokenFor(store, await addTestUser(store, 'dora', [{ teamId: teams.teamA.id }])),
      expired: await expiredToken(store, await addTestUser(store, 'eva', [{ teamId: teams.teamA.id }])),
      forged: 'x'.repeat(43),
      garbage: '"><script>',
    };
    await revokeUserSessions(store.db, (await store.db.selectFrom('users').select('id').where('username', '=', 'dora').executeTakeFirstOrThrow()).id, now);

    // Data in both teams, pushed for real: the replays resend these bodies.
    const hA = newHousehold(anna, teams.teamA.id, 'Huis van team Noord');
    const hB = newHousehold(bram, teams.teamB.id, 'Huis van team Zuid');
    const cB = newContact(bram, teams.teamB.id, hB.id, 'Notitie van team Zuid');
    const replays = [
      JSON.stringify({ protocolVersion: PROTOCOL_VERSION, mutations: [hA.mutation, newContact(anna, teams.teamA.id, hA.id, 'Eerste bezoek').mutation] }),
      JSON.stringify({ protocolVersion: PROTOCOL_VERSION, mutations: [hB.mutation, cB.mutation] }),
    ];
    for (const [i, body] of replays.entries()) {
      const answer = await send({ method: 'POST', path: '/api/sync/push', token: i === 0 ? tokens.anna : tokens.bram, contentType: 'application/json', body });
      expect(answer.status).toBe(200);
    }
    known = { teamA: teams.teamA.id, teamB: teams.teamB.id, householdA: hA.id, householdB: hB.id, contactB: cB.id, annaClient: anna.clientId, replays };
  });
  afterAll(async () => {
    await live.close();
    await store.close();
  });

  async function expiredToken(s: Store, userId: string): Promise<string> {
    const session = await createDeviceSession(s.db, { userId, label: 'Oud', clientId: uuidv7() }, new Date(now.getTime() - 400 * 86_400_000));
    if (!session.ok) throw new Error('no session');
    return session.token;
  }

  async function send(request: { method: string; path: string; token: string | undefined; contentType: string | null; body: string | null }) {
    const headers = new Headers();
    if (request.token !== undefined) headers.set('authorization', `Bearer ${request.token}`);
    if (request.contentType) headers.set('content-type', request.contentType);
    const hasBody = request.body !== null && !['GET', 'HEAD'].includes(request.method);
    const response = await app.request(request.path, { method: request.method, headers, ...(hasBody ? { body: request.body } : {}) });
    // An event stream never ends by itself: only its status matters here.
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) await response.body?.cancel();
    else await response.text();
    return response;
  }

  /** The app's own routes (not the middleware wildcards), each with a method to call it by. */
  function routesOf(): { method: string; path: string }[] {
    const seen = new Map<string, { method: string; path: string }>();
    for (const route of app.routes) {
      if (!route.path.startsWith('/api') || route.path.includes('*')) continue;
      seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path });
    }
    return [...seen.values(), { method: 'POST', path: '/api/unknown/route' }];
  }

  it(`answers ${RUNS.toLocaleString('en')} hostile requests to every route below 500, writes nothing it should not, and stays up`, async () => {
    const routes = routesOf();
    // The routes everyone knows must be among them (a sign that the enumeration works).
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/sync/push', '/api/sync/pull', '/api/auth/login', '/api/me', '/api/setup']));
    const before = await snapshot(store);
    const hits = new Map<string, number>();
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(requestArbitrary(known, routes.map((r) => r.path)), async (r: FuzzRequest) => {
        const route = routes[r.routeIndex]!;
        const method = r.method === 'route' ? (route.method === 'ALL' ? 'POST' : route.method) : r.method;
        // Logging out with a valid session is a write the client may rightly ask for.
        const token = route.path === '/api/auth/logout' && (r.token === 'anna' || r.token === 'bram') ? tokens.forged : tokens[r.token];
        const path = route.path.replace(/:[A-Za-z]+/g, encodeURIComponent(r.param));
        const response = await send({ method, path, token, contentType: r.contentType, body: r.body });
        hits.set(route.path, (hits.get(route.path) ?? 0) + 1);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, `${method} ${path}`).toBeLessThan(500);
        expect(errors).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );

    expect(await snapshot(store)).toEqual(before);
    // Every route was reached many times, and the valid-session paths got past authentication.
    for (const route of routes) expect(hits.get(route.path) ?? 0, route.path).toBeGreaterThan(RUNS / routes.length / 3);
    expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([200, 400, 401, 403, 404, 405, 413, 415, 426].sort()));

    // Still up: health answers, and anna's device can push and pull as before.
    expect((await send({ method: 'GET', path: '/api/health', token: undefined, contentType: null, body: null })).status).toBe(200);
    const push = { protocolVersion: PROTOCOL_VERSION, mutations: [newHousehold(annaDevice, known.teamA).mutation] };
    const pushed = await send({ method: 'POST', path: '/api/sync/push', token: tokens.anna, contentType: 'application/json', body: JSON.stringify(push) });
    expect(pushed.status).toBe(200);
  });
});
