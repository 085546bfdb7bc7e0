import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSession, saveSession, type DataLayer, type DeviceSession } from '../../../../../src/client/db';
import { logOut } from '../../../../../src/client/sync';
import { AccountMenu } from '../../../../../src/client/ui/sync-status';
import type { PlatformFacts } from '../../../../../src/client/ui/sync-status/StorageStatus';
import { uuidv7, PROTOCOL_VERSION, type LoginResponse } from '../../../../../src/domain';
import { createTeam } from '../../../../../src/server/auth/accounts';
import { addTestUser, TEST_PASSWORD } from '../../../../server/helpers/accounts';
import { freshData, renderWithServices } from '../auth/render';
import { startTestServer, type TestServer } from '../auth/server';
import { controllableEngine } from './engine';
import { eventually } from '../../../../support/eventually';

let server: TestServer;
let data: DataLayer;
let session: DeviceSession;
const desktop: PlatformFacts = { installed: true, ios: false, storage: { estimate: async () => ({ usage: 3_200_000, quota: 2_000_000_000 }) } };

beforeEach(async () => {
  server = await startTestServer();
  const team = await createTeam(server.store.db, 'Team Noord', new Date());
  await addTestUser(server.store, 'anna', [{ teamId: team.id }]);
  const login = await server.api.post<LoginResponse>('/api/auth/login', {
    protocolVersion: PROTOCOL_VERSION,
    username: 'anna',
    password: TEST_PASSWORD,
    clientId: uuidv7(),
  });
  data = freshData();
  session = await saveSession(data.db, login);
});
afterEach(async () => {
  cleanup();
  await server.store.close();
});

const household = () => data.households.create(session.currentTeamId, { label: 'Kade 1', members: '', reportedBy: '', reportReason: '' });

async function openLogOut() {
  await userEvent.click(screen.getByText('Account'));
  await userEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
  return screen.findByRole('dialog', { hidden: true });
}

describe('AccountMenu: logging out wipes the device, never unsent work without telling', () => {
  it('says how many changes are not sent, sends them first on request, then wipes', async () => {
    await household();
    const { engine, syncNow } = controllableEngine({ phase: 'idle', pending: 1 });
    syncNow.mockImplementation(async () => {
      await data.db.outbox.clear(); // the engine sent it
    });
    const onLoggedOut = vi.fn();
    renderWithServices(<AccountMenu api={server.api} onLoggedOut={onLoggedOut} platform={desktop} />, { data, sync: engine, session });

    const dialog = await openLogOut();
    expect(dialog).toHaveTextContent('nog 1 wijziging niet verstuurd');
    expect(screen.getByRole('button', { name: 'Ingelogd blijven', hidden: true })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Eerst versturen', hidden: true }));
    await eventually(() => expect(dialog).toHaveTextContent('Alles is verstuurd'));
    await userEvent.click(screen.getByRole('button', { name: 'Uitloggen en wissen', hidden: true }));

    await eventually(() => expect(onLoggedOut).toHaveBeenCalledWith({ kind: 'wiped', serverKnows: true }));
    expect(syncNow).toHaveBeenCalledTimes(1);
    expect(await readSession(data.db)).toBeNull();
    expect(await data.db.records.count()).toBe(0);
    expect(await server.store.db.selectFrom('device_sessions').selectAll().execute()).toEqual([]);
  });

  it('when sending fails it says so, and only "toch uitloggen" loses the unsent work', async () => {
    await household();
    const { engine } = controllableEngine({ phase: 'offline', pending: 1 });
    const onLoggedOut = vi.fn();
    renderWithServices(<AccountMenu api={server.offlineApi} onLoggedOut={onLoggedOut} platform={desktop} />, { data, sync: engine, session });

    await openLogOut();
    await userEvent.click(screen.getByRole('button', { name: 'Eerst versturen', hidden: true }));
    expect(await screen.findByText(/Versturen lukte niet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Toch uitloggen en wissen', hidden: true }));

    await eventually(() => expect(onLoggedOut).toHaveBeenCalledWith({ kind: 'wiped', serverKnows: false }));
    expect(await data.db.outbox.count()).toBe(0);
  });

  it('offline it says, before the worker chooses, that the server will not hear of the logout', async () => {
    const { engine, set } = controllableEngine({ phase: 'idle', pending: 0 });
    renderWithServices(<AccountMenu api={server.offlineApi} platform={desktop} />, { data, sync: engine, session });
    const dialog = await openLogOut();
    expect(dialog).not.toHaveTextContent('geen verbinding');
    set({ phase: 'offline' });
    expect(dialog).toHaveTextContent('Je hebt nu geen verbinding');
    expect(dialog).toHaveTextContent('de server weet dan nog niet dat je bent uitgelogd');
    expect(dialog).toHaveTextContent('Dat hoort de server pas als je Voordeur weer opent met verbinding.');
  });

  it('"Ingelogd blijven" keeps everything', async () => {
    await household();
    const { engine } = controllableEngine({ phase: 'idle', pending: 1 });
    renderWithServices(<AccountMenu api={server.api} platform={desktop} />, { data, sync: engine, session });
    await openLogOut();
    await userEvent.click(screen.getByRole('button', { name: 'Ingelogd blijven', hidden: true }));
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
    expect(await readSession(data.db)).not.toBeNull();
    expect(await data.db.outbox.count()).toBe(1);
  });

  it('logOut itself refuses to wipe unsent changes nobody was told about', async () => {
    await household();
    expect(await logOut(data, server.api)).toEqual({ kind: 'unsent', unsent: 1 });
    await household(); // a second one arrives after the worker agreed to lose one
    expect(await logOut(data, server.api, { discardUnsent: 1 })).toEqual({ kind: 'unsent', unsent: 2 });
    expect(await data.db.outbox.count()).toBe(2);
    expect(await readSession(data.db)).not.toBeNull();
  });
});

describe('AccountMenu: storage on this device', () => {
  it('tells whether the data is kept and how much is used', async () => {
    renderWithServices(<AccountMenu api={server.api} platform={desktop} />, { data, session });
    await userEvent.click(screen.getByText('Account'));
    expect(screen.getByText(/bewaart de gegevens van Voordeur/)).toBeInTheDocument();
    expect(await screen.findByText('In gebruik: 3,2 MB van 2,0 GB.')).toBeInTheDocument();
  });

  it('reads the storage facts only while the menu is open (not after every save on every screen)', async () => {
    renderWithServices(<AccountMenu api={server.api} platform={desktop} />, { data, session });
    expect(screen.queryByText(/bewaart de gegevens van Voordeur/)).toBeNull();
    await userEvent.click(screen.getByText('Account'));
    expect(await screen.findByText(/bewaart de gegevens van Voordeur/)).toBeInTheDocument();
  });

  it('warns on iOS when Voordeur is not installed', async () => {
    renderWithServices(<AccountMenu api={server.api} platform={{ installed: false, ios: true, storage: null }} />, { data, session });
    await userEvent.click(screen.getByText('Account'));
    expect(screen.getByText(/7 dagen niet opent/)).toBeInTheDocument();
  });
});
