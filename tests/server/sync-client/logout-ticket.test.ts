import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pendingLogoutTicket } from '../../../src/client/db';
import { createApiClient, logOut } from '../../../src/client/sync';
import { sendPendingLogout } from '../../../src/client/sync/logout-ticket';
import type { Store } from '../../../src/server/store/open-store';
import { storeKinds } from '../helpers/stores';
import { twoTeams } from '../helpers/accounts';
import { memoryStorage } from '../../support/memory-storage';
import { logIn, newDevice, testApp, type App } from './harness';

/**
 * A phone logs out while offline against the real server: the server keeps the session until the
 * phone's next contact, when the ticket the wipe left ends it (and only it).
 */
describe.each(storeKinds)('an offline logout told later, against the server on $name', (kind) => {
  let store: Store;
  let app: App;
  let teamId: string;

  beforeEach(async () => {
    store = await kind.open();
    app = testApp(store);
    teamId = (await twoTeams(store)).teamA.id;
    vi.stubGlobal('localStorage', memoryStorage());
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await store.close();
  });

  const me = (token: string) => app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });

  it('keeps the session on the server until the phone is online again, then ends that one session', async () => {
    const phone = newDevice(app);
    const tablet = newDevice(app);
    const login = await logIn(app, phone, 'anna');
    const other = await logIn(app, tablet, 'anna');
    const created = await phone.data.households.create(teamId, { label: 'Dorpsstraat 1', members: '', reportedBy: '', reportReason: '' });
    expect(created.ok).toBe(true);
    await phone.engine.syncNow();
    const api = createApiClient({ fetch: (input, init) => (phone.wire.offline ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(app.request(input, init))) });

    phone.wire.offline = true;
    expect(await logOut(phone.data, api)).toEqual({ kind: 'wiped', serverKnows: false });
    expect(pendingLogoutTicket()).toBe(login.logoutTicket);
    await expect(sendPendingLogout(api)).rejects.toThrow(); // still offline: kept for later
    expect((await me(login.token)).status).toBe(200);

    phone.wire.offline = false;
    await sendPendingLogout(api);

    expect(pendingLogoutTicket()).toBeNull();
    const ended = await me(login.token);
    expect(ended.status).toBe(401);
    expect(await ended.json()).toMatchObject({ error: 'unauthenticated' });
    expect((await me(other.token)).status).toBe(200);
  });
});
