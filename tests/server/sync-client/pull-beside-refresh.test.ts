// A pass pulls the teams it knows while /api/me refreshes the session (client/sync/run.ts): the
// "who am I" round trip and its session writes are no longer a fixed cost before a new phone's
// first page. What the refresh says still counts: a team left meanwhile is no failure, a team
// joined meanwhile is pulled in the same pass.
import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCursor, readSession } from '../../../src/client/db';
import type { Store } from '../../../src/server/store/open-store';
import { storeKinds } from '../helpers/stores';
import { twoTeams } from '../helpers/accounts';
import { logIn, newDevice, testApp, type App } from './harness';

describe.each(storeKinds)('a pass pulls beside refreshing the session on $name', (kind) => {
  let store: Store;
  let app: App;
  let teams: Awaited<ReturnType<typeof twoTeams>>;

  beforeEach(async () => {
    store = await kind.open();
    app = testApp(store);
    teams = await twoTeams(store);
  });
  afterEach(() => store.close());

  async function householdOnServer(teamId: string, label: string) {
    const writer = newDevice(app);
    await logIn(app, writer, 'cor');
    const created = await writer.data.households.create(teamId, { label, members: '', reportedBy: '', reportReason: '' });
    if (!created.ok) throw new Error('household not created');
    await writer.engine.syncNow();
  }

  it('asks for the first page before the answer to /api/me has arrived', async () => {
    await householdOnServer(teams.teamA.id, 'Dorpsstraat 1');
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    let pullAsked!: () => void;
    const asked = new Promise<void>((resolve) => (pullAsked = resolve));
    phone.wire.rewrite = (path, body) => {
      if (path === '/api/sync/pull') pullAsked();
      return body;
    };
    // Held until the pull is on its way: a pass that waited for /api/me first would never pull.
    phone.wire.beforeAnswer = (path) => (path === '/api/me' ? asked : undefined);

    await phone.engine.syncNow();

    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', error: null });
    expect(await readCursor(phone.data.db, teams.teamA.id)).toBeGreaterThan(0);
  }, 10_000);

  it('a team left since the login refuses its pull: no failure, and the other team still comes', async () => {
    await householdOnServer(teams.teamB.id, 'Zuidstraat 2');
    const phone = newDevice(app);
    await logIn(app, phone, 'cor');
    await store.db.deleteFrom('memberships').where('user_id', '=', teams.cor).where('team_id', '=', teams.teamA.id).execute();

    await phone.engine.syncNow();

    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', error: null });
    expect((await readSession(phone.data.db))?.teams.map((t) => t.id)).toEqual([teams.teamB.id]);
    expect(await readCursor(phone.data.db, teams.teamB.id)).toBeGreaterThan(0);
  });

  it('a team joined since the login is pulled in the same pass', async () => {
    await householdOnServer(teams.teamB.id, 'Zuidstraat 2');
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    await store.db.insertInto('memberships').values({ user_id: teams.anna, team_id: teams.teamB.id, role: 'medewerker' }).execute();

    await phone.engine.syncNow();

    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', error: null });
    expect(await readCursor(phone.data.db, teams.teamB.id)).toBeGreaterThan(0);
  });
});
