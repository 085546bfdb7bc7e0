// The header tells the truth about the network: the moment the browser says it is offline, the
// pill says "Geen verbinding" — not "Bijgewerkt" until the next save or tap. A real engine with
// the browser's own environment (online/offline events, navigator.onLine) against the real server.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deviceClientId, saveSession, type DataLayer, type DeviceSession } from '../../../../../src/client/db';
import { createSyncEngine, type SyncEngine } from '../../../../../src/client/sync';
import { SyncStatus } from '../../../../../src/client/ui/sync-status';
import { syncStatusTexts } from '../../../../../src/client/ui/sync-status/texts';
import { PROTOCOL_VERSION, type LoginResponse } from '../../../../../src/domain';
import { createTeam } from '../../../../../src/server/auth/accounts';
import { createApp } from '../../../../../src/server/http/app';
import { openStore, type Store } from '../../../../../src/server/store/open-store';
import { addTestUser, TEST_PASSWORD } from '../../../../server/helpers/accounts';
import { freshData, renderWithServices } from '../auth/render';

let store: Store;
let data: DataLayer;
let session: DeviceSession;
let engine: SyncEngine;
let fetch: (input: string, init: RequestInit) => Promise<Response>;

beforeEach(async () => {
  store = await openStore({ sqliteFile: ':memory:' });
  const app = createApp({ store, logger: () => {} });
  fetch = async (input, init) => {
    if (!navigator.onLine) throw new TypeError('Failed to fetch');
    return app.request(input, init);
  };
  data = freshData();
  const team = await createTeam(store.db, 'Team Noord', new Date());
  await addTestUser(store, 'anna', [{ teamId: team.id }]);
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // The session is bound to this device's clock node.
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, username: 'anna', password: TEST_PASSWORD, clientId: await deviceClientId(data.db) }),
  });
  session = await saveSession(data.db, (await response.json()) as LoginResponse);
});
afterEach(async () => {
  engine?.stop();
  cleanup();
  vi.restoreAllMocks();
  await store.close();
});

function setNetwork(online: boolean): void {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('the header after the network goes', () => {
  it('says "Geen verbinding" as soon as the browser knows, without a save or a tap, and "Bijgewerkt" once back', async () => {
    engine = createSyncEngine({ data, fetch });
    renderWithServices(<SyncStatus />, { data, sync: engine, session });
    engine.start();
    await screen.findByText(syncStatusTexts.shortUpToDate);

    setNetwork(false);
    expect(screen.getByText(syncStatusTexts.shortOffline)).toHaveTextContent('Geen verbinding');
    expect(screen.queryByText(syncStatusTexts.shortUpToDate)).toBeNull();

    setNetwork(true);
    await screen.findByText(syncStatusTexts.shortUpToDate);
  });
});
