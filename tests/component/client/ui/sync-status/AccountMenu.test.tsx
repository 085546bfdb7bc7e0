import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSession, saveSession, type DataLayer, type DeviceSession } from '../../../../../src/client/db';
import { AccountMenu } from '../../../../../src/client/ui/sync-status';
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

describe('AccountMenu', () => {
  it('sends waiting changes, ends the session on the server and here, and keeps the records', async () => {
    await data.households.create(session.currentTeamId, { label: 'Kade 1', members: '', reportedBy: '', reportReason: '' });
    const { engine, syncNow } = controllableEngine({ phase: 'idle', pending: 1 });
    const onLoggedOut = vi.fn();
    renderWithServices(<AccountMenu api={server.api} onLoggedOut={onLoggedOut} />, { data, sync: engine, session });

    await userEvent.click(screen.getByText('Account'));
    expect(screen.getByText(`Ingelogd als ${session.user.displayName}`)).toBeInTheDocument();
    expect(screen.getByText(/nog 1 wijziging/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));

    await eventually(() => expect(onLoggedOut).toHaveBeenCalledWith({ serverKnows: true }));
    expect(syncNow).toHaveBeenCalledTimes(2); // before (send what waits) and after (show "niet ingelogd")
    expect(await readSession(data.db)).toBeNull();
    expect(await data.db.records.count()).toBe(1);
    expect(await server.store.db.selectFrom('device_sessions').selectAll().execute()).toEqual([]);
  });

  it('without a connection still forgets the session here, and tells the app the server could not be told', async () => {
    const { engine } = controllableEngine({ phase: 'offline' });
    const onLoggedOut = vi.fn();
    renderWithServices(<AccountMenu api={server.offlineApi} onLoggedOut={onLoggedOut} />, { data, sync: engine, session });

    await userEvent.click(screen.getByText('Account'));
    await userEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));

    await eventually(() => expect(onLoggedOut).toHaveBeenCalledWith({ serverKnows: false }));
    expect(await readSession(data.db)).toBeNull();
  });
});
