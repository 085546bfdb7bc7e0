// A colleague's change arrives without a timer and without a tap: the server's event stream says
// the team moved on, and the engine pulls at once. ManualTimers never fire here, so the only way
// B can see A's household is the event.
import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getHousehold } from '../../../src/client/db';
import type { Store } from '../../../src/server/store/open-store';
import { eventually } from '../../support/eventually';
import { twoTeams } from '../helpers/accounts';
import { storeKinds } from '../helpers/stores';
import { logIn, newDevice, testApp, testEnvironment, type App, type Device } from './harness';

describe.each(storeKinds)('live team changes on $name', (kind) => {
  let store: Store;
  let app: App;
  let teamId: string;
  const started: Device[] = [];

  beforeEach(async () => {
    store = await kind.open();
    app = testApp(store);
    teamId = (await twoTeams(store)).teamA.id;
  });
  afterEach(async () => {
    for (const device of started.splice(0)) device.engine.stop();
    await store.close();
  });

  function online(device: Device): Device {
    device.engine.start();
    started.push(device);
    return device;
  }

  it('B, online and idle, pulls A’s new household as soon as the server has it', async () => {
    const a = newDevice(app);
    const b = newDevice(app, { live: true });
    await logIn(app, a, 'anna');
    await logIn(app, b, 'cor');
    online(b);
    await eventually(() => expect(b.wire.requests).toContain('/api/sync/events'));
    const pullsBefore = b.wire.requests.filter((p) => p === '/api/sync/pull').length;

    const created = await a.data.households.create(teamId, { label: 'Kade 7', members: '', reportedBy: '', reportReason: '' });
    if (!created.ok) throw new Error('household not created');
    await a.engine.syncNow();

    await eventually(async () => expect((await getHousehold(b.data.store, created.id))?.label).toBe('Kade 7'));
    expect(b.wire.requests.filter((p) => p === '/api/sync/pull').length).toBeGreaterThan(pullsBefore);
  });

  it('without live events (the default) B waits for its timer', async () => {
    const a = newDevice(app);
    const b = newDevice(app);
    await logIn(app, a, 'anna');
    await logIn(app, b, 'cor');
    online(b);
    await eventually(() => expect(b.engine.getStatus().phase).toBe('idle'));
    const created = await a.data.households.create(teamId, { label: 'Kade 8', members: '', reportedBy: '', reportReason: '' });
    if (!created.ok) throw new Error('household not created');
    await a.engine.syncNow();
    // A's push has committed and been announced; nobody listens, so B has nothing yet.
    expect(b.wire.requests).not.toContain('/api/sync/events');
    expect(await getHousehold(b.data.store, created.id)).toBeNull();
  });

  it('the browser going offline says so at once and drops the stream; online again, it connects anew', async () => {
    const browser = { offline: false, goOffline: () => {}, goOnline: () => {} };
    const b = newDevice(app, {
      live: true,
      environment: {
        ...testEnvironment,
        knownOffline: () => browser.offline,
        onOffline: (listener) => ((browser.goOffline = listener), () => {}),
        onOnline: (listener) => ((browser.goOnline = listener), () => {}),
      },
    });
    await logIn(app, b, 'cor');
    online(b);
    await eventually(() => expect(b.wire.requests.filter((p) => p === '/api/sync/events')).toHaveLength(1));
    await eventually(() => expect(b.engine.getStatus().phase).toBe('idle'));

    browser.offline = true;
    b.wire.offline = true;
    browser.goOffline();
    // No pass, no timer: the event alone changes what the header says.
    expect(b.engine.getStatus().phase).toBe('offline');

    browser.offline = false;
    b.wire.offline = false;
    browser.goOnline();
    await eventually(() => expect(b.wire.requests.filter((p) => p === '/api/sync/events')).toHaveLength(2));
    await eventually(() => expect(b.engine.getStatus().phase).toBe('idle'));
  });
});
