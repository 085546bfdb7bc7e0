import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getHousehold, outboxSummary, readCursor, readSession } from '../../../src/client/db';
import { syncTexts } from '../../../src/client/sync';
import { PROTOCOL_VERSION } from '../../../src/domain';
import { DEFAULT_TEAM_SETTINGS } from '../../../src/domain/team-settings';
import { saveTeamSettings } from '../../../src/server/admin/team-settings';
import { revokeUserSessions } from '../../../src/server/auth/sessions';
import type { Store } from '../../../src/server/store/open-store';
import { purgeTombstones } from '../../../src/server/sync/purge';
import { storeKinds } from '../helpers/stores';
import { twoTeams } from '../helpers/accounts';
import { logIn, newDevice, testApp, type App, type Device } from './harness';

describe.each(storeKinds)('sync engine failures against the server on $name', (kind) => {
  let store: Store;
  let app: App;
  let teamId: string;
  let anna: string;

  beforeEach(async () => {
    store = await kind.open();
    app = testApp(store);
    const accounts = await twoTeams(store);
    teamId = accounts.teamA.id;
    anna = accounts.anna;
  });
  afterEach(() => store.close());

  async function household(device: Device, label: string) {
    const created = await device.data.households.create(teamId, { label, members: '', reportedBy: '', reportReason: '' });
    if (!created.ok) throw new Error('household not created');
    return created.id;
  }

  it('starts logged out without a session and picks up a login saved later', async () => {
    const phone = newDevice(app);
    await household(phone, 'Dorpsstraat 1');
    await phone.engine.syncNow();
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'logged-out', pending: 1, error: syncTexts.loggedOut });
    expect(phone.wire.requests).toEqual([]);

    await logIn(app, phone, 'anna');
    await phone.engine.syncNow();
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0, error: null });
  });

  it('an outdated app is told to update and keeps its outbox', async () => {
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    await household(phone, 'Dorpsstraat 1');
    phone.wire.rewrite = (_path, body) => ('protocolVersion' in body ? { ...body, protocolVersion: PROTOCOL_VERSION - 1 } : body);

    await phone.engine.syncNow();

    expect(phone.engine.getStatus()).toMatchObject({ phase: 'update-required', pending: 1, error: syncTexts.updateRequired });
    expect((await outboxSummary(phone.data.store)).pending).toBe(1);
    expect(await readSession(phone.data.db)).not.toBeNull();
  });

  it('a revoked device wipes everything it holds', async () => {
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    await household(phone, 'Dorpsstraat 1');
    await phone.engine.syncNow();
    await household(phone, 'Dorpsstraat 2');
    await revokeUserSessions(store.db, anna, new Date());

    phone.wire.requests.length = 0;
    await phone.engine.syncNow();

    expect(await phone.data.db.records.count()).toBe(0);
    expect(await phone.data.db.outbox.count()).toBe(0);
    // The one push it tried was refused; the unsent household never reached the server.
    expect(phone.wire.requests).toEqual(['/api/sync/push']);
    const onServer = await store.db.selectFrom('records').select('id').where('table_name', '=', 'households').execute();
    expect(onServer).toHaveLength(1);
    expect(await readSession(phone.data.db)).toBeNull();
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'logged-out', pending: 0, error: syncTexts.deviceRevoked });
    // The next pass still explains why, instead of a plain "niet ingelogd", and sends nothing.
    await phone.engine.syncNow();
    expect(phone.engine.getStatus().error).toBe(syncTexts.deviceRevoked);
    expect(phone.wire.requests).toEqual(['/api/sync/push']);
  });

  it('an ended session logs out but keeps records and unsent changes', async () => {
    const phone = newDevice(app);
    const login = await logIn(app, phone, 'anna');
    await household(phone, 'Dorpsstraat 1');
    await app.request('/api/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${login.token}` } });

    await phone.engine.syncNow();

    expect(await readSession(phone.data.db)).toBeNull();
    expect(await phone.data.db.records.count()).toBe(1);
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'logged-out', pending: 1, error: syncTexts.sessionEnded });
    await logIn(app, phone, 'anna');
    await phone.engine.syncNow();
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0 });
  });

  it('a session past its team\'s lease logs out, is not wiped, keeps its unsent work and pushes it after a fresh login', async () => {
    let serverNow = new Date();
    const leased = testApp(store, { clock: () => serverNow });
    await saveTeamSettings(store.db, teamId, { ...DEFAULT_TEAM_SETTINGS, leaseHours: 1 }, null, serverNow);
    const phone = newDevice(leased);
    await logIn(leased, phone, 'anna');
    await household(phone, 'Dorpsstraat 1');
    await phone.engine.syncNow();
    const unsent = await household(phone, 'Dorpsstraat 2');
    serverNow = new Date(serverNow.getTime() + 61 * 60_000); // the phone was away past the lease
    // What the device was answered: watched at the app, before the device reads it.
    const seen: (string | null)[] = [];
    const original = leased.request.bind(leased);
    leased.request = (async (...args: Parameters<typeof original>) => {
      const response = await original(...args);
      seen.push(response.headers.get('clear-site-data'));
      return response;
    }) as typeof leased.request;

    await phone.engine.syncNow();

    expect(phone.engine.getStatus()).toMatchObject({ phase: 'logged-out', pending: 1, error: syncTexts.sessionEnded });
    expect(seen).toEqual([null]); // one push refused ('unauthenticated'), and no Clear-Site-Data
    expect(await readSession(phone.data.db)).toBeNull();
    expect(await phone.data.db.records.count()).toBe(2);
    expect((await outboxSummary(phone.data.store)).pending).toBe(1);

    await logIn(leased, phone, 'anna');
    await phone.engine.syncNow();
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0, error: null });
    const onServer = await store.db.selectFrom('records').select('id').where('table_name', '=', 'households').execute();
    expect(onServer.map((r) => r.id)).toContain(unsent);
  });

  /**
   * Two households synced to phone and tablet; then, while the phone is away, one is erased on
   * the tablet and the server forgets the tombstone, so the phone's next pull must resync.
   */
  async function phoneAwayWhileErasedElsewhere() {
    const phone = newDevice(app);
    const tablet = newDevice(app);
    await logIn(app, phone, 'anna');
    await logIn(app, tablet, 'cor');
    const erased = await household(phone, 'Dorpsstraat 1');
    const kept = await household(phone, 'Dorpsstraat 2');
    await phone.engine.syncNow();
    await tablet.engine.syncNow();
    await tablet.data.households.erase(erased);
    await tablet.engine.syncNow();
    await purgeTombstones(store, new Date(Date.now() + 24 * 3600_000));
    return { phone, tablet, erased, kept };
  }

  it('resync: pushes first, drops the team, downloads it again, and loses no unsent change', async () => {
    const { phone, erased, kept } = await phoneAwayWhileErasedElsewhere();
    await phone.data.households.update(kept, { members: 'Net op de telefoon getypt' });

    await phone.engine.syncNow();

    expect(phone.wire.requests.filter((p) => p === '/api/sync/pull').length).toBeGreaterThanOrEqual(2);
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0, error: null });
    expect(await getHousehold(phone.data.store, erased)).toBeNull();
    expect(await phone.data.db.records.get(['households', erased])).toBeUndefined();
    expect((await getHousehold(phone.data.store, kept))?.members).toBe('Net op de telefoon getypt');
    expect(await readCursor(phone.data.db, teamId)).toBeGreaterThan(0);
  });

  it('resync sends a change typed during the resync before it drops the team', async () => {
    const { phone, tablet, erased, kept } = await phoneAwayWhileErasedElsewhere();
    // The worker types while the pull that answers "resync" is on its way back.
    phone.wire.beforeAnswer = async (path) => {
      if (path !== '/api/sync/pull') return;
      phone.wire.beforeAnswer = undefined;
      await phone.data.households.update(kept, { members: 'Getypt tijdens het bijwerken' });
    };

    await phone.engine.syncNow();

    expect(phone.wire.requests.slice(-3)).toEqual(['/api/sync/pull', '/api/sync/push', '/api/sync/pull']);
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0, error: null });
    expect(await getHousehold(phone.data.store, erased)).toBeNull();
    expect((await getHousehold(phone.data.store, kept))?.members).toBe('Getypt tijdens het bijwerken');
    await tablet.engine.syncNow();
    expect((await getHousehold(tablet.data.store, kept))?.members).toBe('Getypt tijdens het bijwerken');
  });
});
