import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../../src/content/version';
import { createDataLayer } from '../../../src/client/db';
import { BACKOFF_CAP_MS } from '../../../src/client/sync/backoff';
import { BUSY_RETRY_MS, DEFAULT_DEBOUNCE_MS, DEFAULT_INTERVAL_MS } from '../../../src/client/sync/engine';
import { syncTexts } from '../../../src/client/sync';
import { BUSY_RETRY_AFTER_S } from '../../../src/server/http/app';
import { messages } from '../../../src/server/messages';
import type { Store } from '../../../src/server/store/open-store';
import { openStore } from '../../../src/server/store/open-store';
import { twoTeams } from '../helpers/accounts';
import { logIn, newDevice, nextSettled, testApp, testEnvironment, type App, type Device } from './harness';
import { eventually } from '../../support/eventually';

// Timing does not depend on the database: SQLite only.
describe('when the sync engine runs', () => {
  let store: Store;
  let app: App;
  let teamId: string;

  beforeEach(async () => {
    store = await openStore({ sqliteFile: ':memory:' });
    app = testApp(store);
    teamId = (await twoTeams(store)).teamA.id;
  });
  afterEach(() => store.close());

  const household = (device: Device, label: string) =>
    device.data.households.create(teamId, { label, members: '', reportedBy: '', reportReason: '' });

  /** Do `act` and wait for the sync pass it starts to settle. */
  async function settleAfter(device: Device, act: () => void) {
    const settled = nextSettled(device.engine);
    act();
    await settled;
  }

  /** Fire the engine's timers and wait for the pass they start. */
  const fire = (device: Device) => settleAfter(device, () => device.timers.fireAll());

  it('backs off exponentially while offline, up to the cap, and returns to the interval once back', async () => {
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    await household(phone, 'Dorpsstraat 1');
    phone.wire.offline = true;
    await settleAfter(phone, () => phone.engine.start());

    const delays = [phone.timers.delays()];
    for (let i = 0; i < 9; i++) {
      await fire(phone);
      delays.push(phone.timers.delays());
    }
    // random() = 0 gives the lower edge of the jitter: half of 2 s, 4 s, 8 s, …
    expect(delays).toEqual([[1_000], [2_000], [4_000], [8_000], [16_000], [32_000], [64_000], [128_000], [BACKOFF_CAP_MS / 2], [BACKOFF_CAP_MS / 2]]);
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'offline', pending: 1, error: null });

    phone.wire.offline = false;
    await fire(phone);
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0 });
    expect(phone.timers.delays()).toEqual([DEFAULT_INTERVAL_MS]);
    phone.engine.stop();
  });

  it('backs off on a server error and says so in Dutch', async () => {
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    await household(phone, 'Dorpsstraat 1');
    await store.close(); // the server's database is gone: every request ends in a 500
    await settleAfter(phone, () => phone.engine.start());
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'error', pending: 1, error: syncTexts.serverError });
    expect(phone.timers.delays()).toEqual([1_000]);
    await fire(phone);
    expect(phone.timers.delays()).toEqual([2_000]);
    phone.engine.stop();
    store = await openStore({ sqliteFile: ':memory:' }); // for afterEach
  });

  it('comes back no sooner than a busy server asks (503 with Retry-After), and says the changes are kept', async () => {
    // Every statement on the team counters fails as PostgreSQL does under contention, past every retry.
    const busy = testApp({
      ...store,
      db: store.db.withPlugin({
        transformQuery(args) {
          if (JSON.stringify(args.node).includes('"team_counters"')) throw Object.assign(new Error('busy'), { code: '40001' });
          return args.node;
        },
        transformResult: async (args) => args.result,
      }),
    });
    const phone = newDevice(busy);
    await logIn(busy, phone, 'anna');
    await household(phone, 'Dorpsstraat 1');
    await settleAfter(phone, () => phone.engine.start());
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'error', pending: 1, error: syncTexts.serverError });
    // Its own back-off would be 1 s (random() = 0); the server asked for BUSY_RETRY_AFTER_S.
    expect(phone.timers.delays()).toEqual([BUSY_RETRY_AFTER_S * 1000]);
    phone.engine.stop();
  });

  it('backs off for as long as a rate limit asks (429 with Retry-After), showing its Dutch message', async () => {
    const start = Date.UTC(2026, 2, 2, 10, 0, 0);
    const limited = testApp(store, { requestLimits: { windowMs: 60_000, perWindow: { push: 0, pull: 0 } }, clock: () => new Date(start) });
    const phone = newDevice(limited);
    await logIn(limited, phone, 'anna');
    await household(phone, 'Dorpsstraat 1');
    await settleAfter(phone, () => phone.engine.start());
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'error', pending: 1, error: messages.tooManyRequests });
    // Its own back-off would be 1 s; the window ends a minute after the server's clock.
    expect(phone.timers.delays()).toEqual([60_000]);
    phone.engine.stop();
  });

  it('pushes shortly after a local write, one request for a burst of writes', async () => {
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    await settleAfter(phone, () => phone.engine.start());
    expect(phone.timers.delays()).toEqual([DEFAULT_INTERVAL_MS]);

    for (let i = 0; i < 5; i++) await household(phone, `Kade ${i}`);
    expect(phone.timers.delays()).toEqual([DEFAULT_DEBOUNCE_MS]);
    await fire(phone);
    expect(phone.wire.requests.filter((p) => p === '/api/sync/push')).toHaveLength(1);
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0 });
    phone.engine.stop();
    expect(phone.timers.delays()).toEqual([]);
  });

  it('lets another tab sync and looks again a little later', async () => {
    const phone = newDevice(app, { environment: { ...testEnvironment, exclusive: async () => 'busy' as const } });
    await logIn(app, phone, 'anna');
    phone.engine.start();
    await eventually(() => expect(phone.timers.delays()).toEqual([BUSY_RETRY_MS]));
    expect(phone.wire.requests).toEqual([]);
    phone.engine.stop();
  });

  /**
   * A phone whose browser has Background Sync, with a change waiting while the network is gone;
   * the engine has started and finished its first (failed) pass. `wake()` fires the sync event.
   */
  async function offlinePhoneWithBackgroundSync() {
    const sync = { registrations: 0, wake: () => {} };
    const phone = newDevice(app, {
      environment: {
        ...testEnvironment,
        registerBackgroundSync: async () => (sync.registrations++, true),
        onSyncRequested: (listener) => ((sync.wake = listener), () => {}),
      },
    });
    await logIn(app, phone, 'anna');
    await household(phone, 'Dorpsstraat 1');
    phone.wire.offline = true;
    await settleAfter(phone, () => phone.engine.start());
    return { phone, sync };
  }

  it('asks for Background Sync when changes wait for the network, and syncs when it fires', async () => {
    const { phone, sync } = await offlinePhoneWithBackgroundSync();
    expect(sync.registrations).toBe(1);

    phone.wire.offline = false;
    await settleAfter(phone, () => sync.wake());
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0 });
    phone.engine.stop();
  });

  it('asks for Background Sync once while the server stays unreachable, so a browser that fires it at once cannot loop', async () => {
    const { phone, sync } = await offlinePhoneWithBackgroundSync();
    for (let i = 0; i < 3; i++) {
      await settleAfter(phone, () => sync.wake());
    }
    expect(sync.registrations).toBe(1);

    phone.wire.offline = false;
    await fire(phone);
    phone.wire.offline = true;
    await household(phone, 'Dorpsstraat 2');
    await fire(phone);
    expect(sync.registrations).toBe(2);
    phone.engine.stop();
  });

  it('starts out "starting" and leaves it once the counts and the last sync are read, even offline', async () => {
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    expect(phone.engine.getStatus().phase).toBe('starting');
    phone.wire.offline = true;
    phone.engine.start();
    await eventually(() => expect(phone.engine.getStatus().phase).toBe('offline'));
    expect(phone.engine.getStatus().lastSuccessAt).toBeNull();
    phone.engine.stop();
  });

  it('without any network sends nothing and says so; coming online syncs at once', async () => {
    const network = { offline: true, online: () => {}, backgroundSyncs: 0 };
    const phone = newDevice(app, {
      environment: {
        ...testEnvironment,
        knownOffline: () => network.offline,
        onOnline: (listener) => ((network.online = listener), () => {}),
        registerBackgroundSync: async () => (network.backgroundSyncs++, true),
      },
    });
    await logIn(app, phone, 'anna');
    await household(phone, 'Dorpsstraat 1');
    await settleAfter(phone, () => phone.engine.start());
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'offline', pending: 1 });
    expect(phone.wire.requests).toEqual([]);
    expect(await phone.data.db.meta.get('outbox:sendingUpTo')).toBeUndefined();
    expect(network.backgroundSyncs).toBe(1); // the change waits: the browser may wake us when the network is back

    network.offline = false;
    await settleAfter(phone, () => network.online());
    expect(phone.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0 });
    phone.engine.stop();
  });

  it("counts changes made in another tab of the same device", async () => {
    const phone = newDevice(app);
    await logIn(app, phone, 'anna');
    phone.engine.start();
    await eventually(() => expect(phone.engine.getStatus().phase).toBe('idle'));
    const otherTab = createDataLayer({ name: phone.data.db.name, contentVersion: CONTENT_VERSION });
    await otherTab.households.create(teamId, { label: 'Kade 1', members: '', reportedBy: '', reportReason: '' });
    await eventually(() => expect(phone.engine.getStatus().pending).toBe(1));
    phone.engine.stop();
    otherTab.db.close();
  });
});
