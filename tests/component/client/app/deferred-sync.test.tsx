// The sync engine and the header's sync state load after the first paint (app/start.tsx,
// app/deferred-sync.ts, app/AppChrome.tsx). Until then nothing may wait for them and nothing may
// pretend: a write lands in the outbox and is sent by the engine's first pass once it is there,
// and the header shows no sync state rather than a guessed one.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../../src/client/app/App';
import { deferredSync } from '../../../../src/client/app/deferred-sync';
import { deviceClientId, outboxSummary, saveSession, type DataLayer, type DeviceSession } from '../../../../src/client/db';
import { createSyncEngine, type SyncEngine } from '../../../../src/client/sync';
import { Freshness } from '../../../../src/client/ui/review/Freshness';
import { reviewTexts } from '../../../../src/client/ui/review/texts';
import { ServicesProvider } from '../../../../src/client/ui/services';
import { syncStatusTexts } from '../../../../src/client/ui/sync-status/texts';
import { PROTOCOL_VERSION, type LoginResponse } from '../../../../src/domain';
import { createTeam } from '../../../../src/server/auth/accounts';
import { createApp } from '../../../../src/server/http/app';
import { openStore, type Store } from '../../../../src/server/store/open-store';
import { addTestUser, TEST_PASSWORD } from '../../../server/helpers/accounts';
import { eventually } from '../../../support/eventually';
import { freshData } from './render-app';

let store: Store;
let data: DataLayer;
let session: DeviceSession;
let engine: SyncEngine | undefined;
let fetch: (input: string, init: RequestInit) => Promise<Response>;

beforeEach(async () => {
  store = await openStore({ sqliteFile: ':memory:' });
  const app = createApp({ store, logger: () => {} });
  fetch = async (input, init) => app.request(input, init);
  data = freshData();
  const team = await createTeam(store.db, 'Team Noord', new Date());
  await addTestUser(store, 'anna', [{ teamId: team.id }]);
  const response = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, username: 'anna', password: TEST_PASSWORD, clientId: await deviceClientId(data.db) }),
  });
  session = await saveSession(data.db, (await response.json()) as LoginResponse);
});
afterEach(async () => {
  engine?.stop();
  engine = undefined;
  cleanup();
  await store.close();
});

const household = () => data.households.create(session.currentTeamId, { label: 'Kade 1', members: '', reportedBy: '', reportReason: '' });

describe('before the sync engine has loaded', () => {
  it('a write lands in the outbox, and the engine sends it once it is there', async () => {
    let create!: () => void;
    const asked = new Promise<void>((resolve) => (create = resolve));
    const sync = deferredSync(async () => {
      await asked; // the engine's chunk is still on its way
      return createSyncEngine({ data, fetch });
    });
    const loaded = sync.load();
    expect(sync.current()).toBeNull();

    expect((await household()).ok).toBe(true);
    expect((await outboxSummary(data.store)).pending).toBe(1);

    create();
    engine = await loaded;
    expect(sync.current()).toBe(engine);
    await expect(sync.load()).resolves.toBe(engine); // loaded once
    engine.start();
    await eventually(async () => expect((await outboxSummary(data.store)).pending).toBe(0));
    await eventually(() => expect(engine?.getStatus().lastSuccessAt).not.toBeNull());
  });

  it('the header shows no sync state, only the account menu, until the engine is there', async () => {
    const props = { data, initialSession: session, requestPersistence: async () => true };
    const { rerender } = render(<App {...props} sync={null} />);
    await screen.findByText(syncStatusTexts.account);
    for (const text of [syncStatusTexts.shortUpToDate, syncStatusTexts.shortNeverSynced, syncStatusTexts.shortOffline, syncStatusTexts.shortSyncing]) {
      expect(screen.queryByText(text)).toBeNull();
    }
    expect(screen.queryByRole('region', { name: syncStatusTexts.region })).toBeNull();

    engine = createSyncEngine({ data, fetch });
    rerender(<App {...props} sync={engine} />);
    engine.start();
    await screen.findByText(syncStatusTexts.shortUpToDate);
  });

  it('the review does not say "not updated yet" while the last sync is simply not known', async () => {
    const services = { data, session, storagePersistent: true };
    const { rerender } = render(
      <ServicesProvider value={{ ...services, sync: null }}>
        <Freshness />
      </ServicesProvider>,
    );
    expect(screen.getByTestId('review-freshness')).toHaveTextContent('…');
    expect(screen.queryByText(reviewTexts.neverUpdated)).toBeNull();

    engine = createSyncEngine({ data, fetch }); // there, but never synced
    rerender(
      <ServicesProvider value={{ ...services, sync: engine }}>
        <Freshness />
      </ServicesProvider>,
    );
    expect(await screen.findByText(reviewTexts.neverUpdated)).toBeInTheDocument();
  });
});
