/**
 * The live notification: a push tells the online devices of its team, through the event stream,
 * which team changed and up to which cursor — never what changed. On PostgreSQL a push on one
 * server process reaches streams held by another.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type Mutation } from '../../../src/domain/sync-protocol';
import { TEAM_EVENTS_PATH } from '../../../src/domain/team-change';
import { revokeUserSessions } from '../../../src/server/auth/sessions';
import { createApp } from '../../../src/server/http/app';
import { createLive, openLive, type Live, type LiveOptions } from '../../../src/server/live/live';
import { localTeamChanges } from '../../../src/server/live/team-changes';
import { silentLogger } from '../../../src/server/log';
import type { Store } from '../../../src/server/store/open-store';
import { tokenFor, twoTeams } from '../helpers/accounts';
import { newHousehold, TestDevice } from '../helpers/devices';
import { EventReader } from '../helpers/event-stream';
import { dropPgSchema, hasPostgres, newPgSchemaName, openPostgresSchema, storeKinds } from '../helpers/stores';

type App = ReturnType<typeof createApp>;

function serve(store: Store, live: Live): App {
  return createApp({ store, live, logger: silentLogger });
}

async function openStream(app: App, token: string): Promise<EventReader> {
  const response = await app.request(TEAM_EVENTS_PATH, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return new EventReader(response);
}

async function push(app: App, token: string, mutations: Mutation[]) {
  const response = await app.request('/api/sync/push', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, mutations }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { results: { status: string; record: { rev: number } }[] };
}

describe.each(storeKinds)('team change events on $name', (kind) => {
  let store: Store;
  let live: Live;
  let app: App;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  const readers: EventReader[] = [];
  const device = new TestDevice();

  async function start(options: LiveOptions = {}) {
    live = createLive(localTeamChanges(), options);
    app = serve(store, live);
  }
  async function stream(token: string) {
    const reader = await openStream(app, token);
    readers.push(reader);
    return reader;
  }

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
  });
  afterEach(async () => {
    await live?.close();
    await Promise.all(readers.splice(0).map((r) => r.cancel().catch(() => undefined)));
    await store.close();
  });

  it('needs a device session', async () => {
    await start();
    expect((await app.request(TEAM_EVENTS_PATH)).status).toBe(401);
    const wrong = await app.request(TEAM_EVENTS_PATH, { headers: { authorization: 'Bearer nonsense' } });
    expect(wrong.status).toBe(401);
    expect(live.streams.count()).toBe(0);
  });

  it('tells a member where each of their teams stands on connect, and of a colleague’s push at once', async () => {
    await start();
    const annaStream = await stream(await tokenFor(store, teams.anna));
    expect(await annaStream.nextChange()).toEqual({ teamId: teams.teamA.id, cursor: 0 });

    const corToken = await tokenFor(store, teams.cor, device);
    const pushed = await push(app, corToken, [newHousehold(device, teams.teamA.id).mutation, newHousehold(device, teams.teamA.id).mutation]);
    const event = await annaStream.until((e) => e.event === 'change');
    // Only the team and the cursor: nothing of the records, nothing of who.
    expect(JSON.parse(event.data)).toEqual({ teamId: teams.teamA.id, cursor: pushed.results[1]!.record.rev });
    expect(event.data).not.toContain(teams.cor);
  });

  it('never tells anyone of a team they are not in', async () => {
    await start();
    const bramStream = await stream(await tokenFor(store, teams.bram));
    expect(await bramStream.nextChange()).toEqual({ teamId: teams.teamB.id, cursor: 0 });
    const corToken = await tokenFor(store, teams.cor, device);
    await push(app, corToken, [newHousehold(device, teams.teamA.id).mutation]);
    await push(app, corToken, [newHousehold(device, teams.teamB.id).mutation]);
    // Events come in order: had team A's push reached bram, it would come first.
    expect(await bramStream.nextChange()).toEqual({ teamId: teams.teamB.id, cursor: 1 });
  });

  it('a refused or repeated push announces nothing', async () => {
    await start();
    const annaToken = await tokenFor(store, teams.anna, device);
    const annaStream = await stream(annaToken);
    await annaStream.nextChange();
    const household = newHousehold(device, teams.teamA.id).mutation;
    await push(app, annaToken, [household]);
    expect(await annaStream.nextChange()).toEqual({ teamId: teams.teamA.id, cursor: 1 });
    await push(app, annaToken, [household]); // duplicate
    await push(app, annaToken, [newHousehold(device, teams.teamB.id).mutation]); // forbidden
    await push(app, annaToken, [newHousehold(device, teams.teamA.id).mutation]);
    expect(await annaStream.nextChange()).toEqual({ teamId: teams.teamA.id, cursor: 2 });
  });

  it('keeps at most a few streams per session: a new one closes the oldest', async () => {
    await start({ maxStreamsPerSession: 2 });
    const token = await tokenFor(store, teams.anna, device);
    const first = await stream(token);
    const second = await stream(token);
    const other = await stream(await tokenFor(store, teams.anna));
    const third = await stream(token);
    await first.toEnd();
    expect(first.ended).toBe(true);
    expect(live.streams.count()).toBe(3);
    // The others still hear.
    await push(app, token, [newHousehold(device, teams.teamA.id).mutation]);
    for (const reader of [second, third, other]) expect(await reader.nextChange()).toMatchObject({ cursor: 0 });
    for (const reader of [second, third, other]) expect(await reader.nextChange()).toMatchObject({ cursor: 1 });
  });

  it('beats a heartbeat, and ends the stream of a revoked device at the next one', async () => {
    await start({ heartbeatMs: 50 });
    const annaStream = await stream(await tokenFor(store, teams.anna));
    const ping = await annaStream.until((e) => e.comment !== undefined);
    expect(ping.comment).toBe('ping');
    await revokeUserSessions(store.db, teams.anna, new Date());
    await annaStream.toEnd();
    expect(live.streams.count()).toBe(0);
  });

  it('ends after its lifetime, so the device authenticates again', async () => {
    await start({ maxStreamMs: 50 });
    const annaStream = await stream(await tokenFor(store, teams.anna));
    await annaStream.toEnd();
    expect(live.streams.count()).toBe(0);
  });

  it('closing (server shutdown) ends every stream', async () => {
    await start();
    const a = await stream(await tokenFor(store, teams.anna));
    const b = await stream(await tokenFor(store, teams.bram));
    await live.close();
    await a.toEnd();
    await b.toEnd();
  });
});

describe.runIf(hasPostgres)('team change events across server processes on one PostgreSQL', () => {
  const databaseUrl = process.env.TEST_DATABASE_URL!;
  let schema: string;
  let stores: Store[];
  let lives: Live[];
  const readers: EventReader[] = [];
  const device = new TestDevice();

  beforeEach(async () => {
    schema = newPgSchemaName();
    stores = [await openPostgresSchema(schema), await openPostgresSchema(schema)];
    lives = await Promise.all(stores.map((store) => openLive(store, { databaseUrl, pgSchema: schema }, silentLogger)));
  });
  afterEach(async () => {
    await Promise.all(readers.splice(0).map((r) => r.cancel().catch(() => undefined)));
    await Promise.all(lives.map((live) => live.close()));
    await Promise.all(stores.map((store) => store.close()));
    await dropPgSchema(schema);
  });

  it('a push on one process reaches a device connected to the other', async () => {
    const [one, two] = [serve(stores[0]!, lives[0]!), serve(stores[1]!, lives[1]!)];
    const teams = await twoTeams(stores[0]!);
    const annaStream = await openStream(two, await tokenFor(stores[0]!, teams.anna));
    readers.push(annaStream);
    expect(await annaStream.nextChange()).toEqual({ teamId: teams.teamA.id, cursor: 0 });
    const pushed = await push(one, await tokenFor(stores[0]!, teams.cor, device), [newHousehold(device, teams.teamA.id).mutation]);
    expect(await annaStream.nextChange()).toEqual({ teamId: teams.teamA.id, cursor: pushed.results[0]!.record.rev });
  });

  it('a deployment in another schema of the same database hears nothing of it', async () => {
    const otherSchema = newPgSchemaName();
    const otherStore = await openPostgresSchema(otherSchema);
    const otherLive = await openLive(otherStore, { databaseUrl, pgSchema: otherSchema }, silentLogger);
    try {
      const teams = await twoTeams(stores[0]!);
      const heard: unknown[] = [];
      otherLive.changes.listen(teams.teamA.id, (change) => heard.push(change));
      const mine: unknown[] = [];
      const got = new Promise<void>((resolve) => lives[1]!.changes.listen(teams.teamA.id, (change) => (mine.push(change), resolve())));
      // The same team id, as if both schemas held it: only this schema's listener hears.
      await lives[0]!.changes.announce([{ teamId: teams.teamA.id, cursor: 7 }]);
      await got;
      // A NOTIFY reaches every listener in the order it was sent: a second one proves the first passed the other schema by.
      const second = new Promise<void>((resolve) => otherLive.changes.listen(teams.teamA.id, () => resolve()));
      await otherLive.changes.announce([{ teamId: teams.teamA.id, cursor: 8 }]);
      await second;
      expect(mine).toEqual([{ teamId: teams.teamA.id, cursor: 7 }]);
      expect(heard).toEqual([{ teamId: teams.teamA.id, cursor: 8 }]);
    } finally {
      await otherLive.close();
      await otherStore.close();
      await dropPgSchema(otherSchema);
    }
  });
});
