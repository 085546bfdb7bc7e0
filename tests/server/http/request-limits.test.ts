/**
 * Push and pull are limited per device session, and the count is shared by every server
 * process on the database: two apps on two store connections (two processes) add to one count.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/domain/sync-protocol';
import { DEFAULT_REQUEST_LIMITS } from '../../../src/server/http/request-limits';
import { messages } from '../../../src/server/messages';
import { openStore, type Store } from '../../../src/server/store/open-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokenFor, twoTeams } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { TestApi } from '../helpers/http';
import { dropPgSchema, hasPostgres, newPgSchemaName, openPostgresSchema } from '../helpers/stores';

interface Shared {
  name: string;
  /** Two connections to one database, as two server processes have. */
  open(): Promise<[Store, Store]>;
  remove(): Promise<void>;
}

function sqliteFile(): Shared {
  const dir = mkdtempSync(join(tmpdir(), 'voordeur-limits-'));
  const file = join(dir, 'voordeur.sqlite');
  return {
    name: 'SQLite',
    open: async () => {
      const first = await openStore({ sqliteFile: file });
      return [first, await openStore({ sqliteFile: file })];
    },
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresSchema(): Shared {
  const schema = newPgSchemaName();
  return {
    name: 'PostgreSQL',
    open: async () => {
      const first = await openPostgresSchema(schema);
      return [first, await openPostgresSchema(schema)];
    },
    remove: () => dropPgSchema(schema),
  };
}

const kinds = [{ name: 'SQLite', make: sqliteFile }, ...(hasPostgres ? [{ name: 'PostgreSQL', make: postgresSchema }] : [])];

describe.each(kinds)('rate limits on push and pull, across two store connections on $name', ({ make }) => {
  let shared: Shared;
  let stores: [Store, Store];
  let now: number;
  let apis: [TestApi, TestApi];
  let token: string;
  let teamId: string;
  let annaId: string;
  const limits = { windowMs: 60_000, perWindow: { push: 4, pull: 6 } };

  beforeEach(async () => {
    shared = make();
    stores = await shared.open();
    now = Date.UTC(2026, 2, 2, 10, 0, 15);
    const clock = () => new Date(now);
    apis = [new TestApi({ store: stores[0], requestLimits: limits, clock }), new TestApi({ store: stores[1], requestLimits: limits, clock })];
    const teams = await twoTeams(stores[0]);
    teamId = teams.teamA.id;
    annaId = teams.anna;
    token = await tokenFor(stores[0], teams.anna, device);
  });
  afterEach(async () => {
    for (const store of stores) await store.close();
    await shared.remove();
  });

  const device = new TestDevice();
  const push = (api: TestApi, session = token) =>
    api.post('/api/sync/push', { protocolVersion: PROTOCOL_VERSION, mutations: [newHousehold(device, teamId).mutation] }, session);
  const pull = (api: TestApi) => api.post('/api/sync/pull', { protocolVersion: PROTOCOL_VERSION, teamId, cursor: 0, limit: 10 }, token);

  it('counts a session\'s requests through both processes together, answers 429 with Retry-After in Dutch, and lets it in again in the next window', async () => {
    // Simultaneous pushes through both processes: exactly the limit passes, however they interleave.
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => push(apis[i % 2]!)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(4);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(6);
    expect(refused[0]!.body).toEqual({ error: 'too-many-requests', message: messages.tooManyRequests });
    // 15 s into the minute: the window ends in 45 s.
    expect(refused.map((a) => a.headers.get('retry-after'))).toEqual(Array(6).fill('45'));

    // Pull has its own count.
    const pulls = [];
    for (let i = 0; i < 7; i++) pulls.push((await pull(apis[i % 2]!)).status);
    expect(pulls).toEqual([200, 200, 200, 200, 200, 200, 429]);

    // Another device session of the same user is not held back by this one.
    const other = await tokenFor(stores[1], annaId, device);
    expect((await push(apis[1], other)).status).toBe(200);

    now += 45_000;
    expect((await push(apis[1])).status).toBe(200);
  });

  it('keeps the defaults far above what the app does', () => {
    // A first pull of 30,000 records in pages of 500 is 60 pages; a day offline is a few pushes of 200.
    expect(DEFAULT_REQUEST_LIMITS.perWindow.pull).toBeGreaterThanOrEqual(300);
    expect(DEFAULT_REQUEST_LIMITS.perWindow.push).toBeGreaterThanOrEqual(150);
  });
});
