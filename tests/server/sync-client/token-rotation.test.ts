/** The app picks up a rotated session token (issue 6, hole 5) and goes on syncing with it. */
import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSession } from '../../../src/client/db';
import { createApp } from '../../../src/server/http/app';
import type { Store } from '../../../src/server/store/open-store';
import { twoTeams } from '../helpers/accounts';
import { storeKinds } from '../helpers/stores';
import { logIn, newDevice } from './harness';

describe.each(storeKinds)('token rotation seen by the sync engine on $name', (kind) => {
  let store: Store;
  let now: Date;
  let teamId: string;

  beforeEach(async () => {
    store = await kind.open();
    now = new Date();
    teamId = (await twoTeams(store)).teamA.id;
  });
  afterEach(() => store.close());

  it('stores the new token from an answer and syncs with it after the old one stopped working', async () => {
    const app = createApp({ store, logger: () => {}, clock: () => now });
    const phone = newDevice(app);
    const login = await logIn(app, phone, 'anna');
    await phone.engine.syncNow();

    now = new Date(now.getTime() + 25 * 3_600_000);
    const created = await phone.data.households.create(teamId, { label: 'Dorpsstraat 1', members: '', reportedBy: '', reportReason: '' });
    expect(created.ok).toBe(true);
    await phone.engine.syncNow();
    const rotated = (await readSession(phone.data.db))?.token;
    expect(rotated).toEqual(expect.any(String));
    expect(rotated).not.toBe(login.token);
    expect(phone.engine.getStatus()).toMatchObject({ pending: 0, error: null });

    // Well after the grace of the old token, the stored one still works.
    now = new Date(now.getTime() + 5 * 3_600_000);
    await phone.engine.syncNow();
    now = new Date(now.getTime() + 5 * 3_600_000);
    await phone.data.households.create(teamId, { label: 'Kerkstraat 2', members: '', reportedBy: '', reportReason: '' });
    await phone.engine.syncNow();
    expect(phone.engine.getStatus()).toMatchObject({ pending: 0, error: null });
    expect(await readSession(phone.data.db)).not.toBeNull();
  });
});
