import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSession } from '../../../../../src/client/db';
import LoginScreen from '../../../../../src/client/ui/auth/LoginScreen';
import { authTexts } from '../../../../../src/client/ui/auth/texts';
import { addTestUser, TEST_PASSWORD } from '../../../../server/helpers/accounts';
import { createTeam } from '../../../../../src/server/auth/accounts';
import { FREE_FAILURES_PER_USERNAME } from '../../../../../src/server/auth/login-limit-rules';
import { PROTOCOL_VERSION, uuidv7 } from '../../../../../src/domain';
import { freshData, renderWithServices } from './render';
import { startTestServer, type TestServer } from './server';
import { eventually } from '../../../../support/eventually';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
  const team = await createTeam(server.store.db, 'Team Noord', new Date());
  await addTestUser(server.store, 'anna', [{ teamId: team.id }]);
});
afterEach(async () => {
  cleanup();
  await server.store.close();
});

async function fillIn(username: string, password: string) {
  await userEvent.type(screen.getByLabelText('Gebruikersnaam'), username);
  if (password) await userEvent.type(screen.getByLabelText('Wachtwoord'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

// Password hashing on the real server takes a moment on a slow machine.
describe('LoginScreen', () => {
  it('logs in, stores the device session and asks for a sync', async () => {
    const data = freshData();
    const onDone = vi.fn();
    const syncNow = vi.fn(async () => {});
    const sync = { start() {}, stop() {}, requestSync() {}, syncNow, getStatus: () => null!, subscribe: () => () => {} };
    renderWithServices(<LoginScreen onDone={onDone} api={server.api} />, { data, sync });

    await fillIn(' Anna ', TEST_PASSWORD);

    await eventually(() => expect(onDone).toHaveBeenCalledOnce());
    const session = await readSession(data.db);
    expect(session?.user.username).toBe('anna');
    expect(session?.currentTeamId).toBe(session?.teams[0]?.id);
    expect(syncNow).toHaveBeenCalledOnce();
    const devices = await server.store.db.selectFrom('device_sessions').select('label').execute();
    expect(devices).toHaveLength(1);
  });

  it('says so in Dutch when the password is wrong, and keeps what was typed', async () => {
    const data = freshData();
    const onDone = vi.fn();
    renderWithServices(<LoginScreen onDone={onDone} api={server.api} />, { data });

    await fillIn('anna', 'not-the-password');

    expect(await screen.findByRole('alert')).toHaveTextContent(authTexts.wrongLogin);
    expect(screen.getByLabelText('Gebruikersnaam')).toHaveValue('anna');
    expect(onDone).not.toHaveBeenCalled();
    expect(await readSession(data.db)).toBeNull();
  });

  it('after too many attempts asks to wait', async () => {
    // The free failures, and one that makes the next attempt wait.
    for (let i = 0; i <= FREE_FAILURES_PER_USERNAME; i++) {
      const body = { protocolVersion: PROTOCOL_VERSION, username: 'anna', password: 'wrong-password', clientId: uuidv7() };
      await server.api.post('/api/auth/login', body).catch(() => {});
    }
    renderWithServices(<LoginScreen onDone={() => {}} api={server.api} />, { data: freshData() });
    await fillIn('anna', TEST_PASSWORD);
    expect(await screen.findByRole('alert')).toHaveTextContent(authTexts.tooManyAttempts);
  });

  it('without network explains that the first login needs one', async () => {
    renderWithServices(<LoginScreen onDone={() => {}} api={server.offlineApi} />, { data: freshData() });
    await fillIn('anna', TEST_PASSWORD);
    expect(await screen.findByRole('alert')).toHaveTextContent(authTexts.offlineLogin);
  });

  it('checks the form before sending it', async () => {
    renderWithServices(<LoginScreen onDone={() => {}} api={server.offlineApi} />, { data: freshData() });
    await fillIn('anna', '');
    expect(await screen.findByText('Vul je wachtwoord in.')).toBeInTheDocument();
    expect(screen.getByLabelText('Wachtwoord')).toHaveAttribute('aria-invalid', 'true');
  });
});
