import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSession } from '../../../../../src/client/db';
import SetupScreen from '../../../../../src/client/ui/auth/SetupScreen';
import { authTexts } from '../../../../../src/client/ui/auth/texts';
import { issueSetupToken } from '../../../../../src/server/auth/setup';
import { freshData, renderWithServices } from './render';
import { startTestServer, type TestServer } from './server';

let server: TestServer;
let token: string;

beforeEach(async () => {
  server = await startTestServer();
  token = (await issueSetupToken(server.store.db, new Date()))!;
});
afterEach(async () => {
  cleanup();
  window.history.replaceState(null, '', '/');
  await server.store.close();
});

async function fillIn(passwordAgain: string) {
  await userEvent.type(screen.getByLabelText('Naam van het team'), 'Outreach Noord');
  await userEvent.type(screen.getByLabelText('Je naam'), 'Sam de Vries');
  await userEvent.type(screen.getByLabelText('Gebruikersnaam'), 'sam');
  await userEvent.type(screen.getByLabelText('Kies een wachtwoord'), 'een lange zin als wachtwoord');
  await userEvent.type(screen.getByLabelText('Typ het wachtwoord nog een keer'), passwordAgain);
  await userEvent.click(screen.getByRole('button', { name: 'Voordeur inrichten' }));
}

describe('SetupScreen', { timeout: 15_000 }, () => {
  it('creates the first team and its beheerder with the token from the link, then forgets the token', async () => {
    window.history.replaceState(null, '', `/setup#${token}`); // as the server prints it
    const data = freshData();
    const onDone = vi.fn();
    renderWithServices(<SetupScreen onDone={onDone} api={server.api} />, { data });

    await fillIn('een lange zin als wachtwoord');

    await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce(), { timeout: 15_000 }); // scrypt on a busy machine
    const session = await readSession(data.db);
    expect(session?.user.displayName).toBe('Sam de Vries');
    expect(session?.teams).toEqual([expect.objectContaining({ name: 'Outreach Noord', role: 'beheerder' })]);
    expect(window.location.hash).toBe('');
  });

  it('says when the two passwords differ, before sending anything', async () => {
    window.history.replaceState(null, '', `/setup#token=${token}`);
    renderWithServices(<SetupScreen onDone={() => {}} api={server.offlineApi} />, { data: freshData() });
    await fillIn('een andere zin');
    expect(await screen.findByText(authTexts.passwordsDiffer)).toBeInTheDocument();
  });

  it("passes on the server's explanation for a used link", async () => {
    window.history.replaceState(null, '', '/setup#token=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    renderWithServices(<SetupScreen onDone={() => {}} api={server.api} />, { data: freshData() });
    await fillIn('een lange zin als wachtwoord');
    expect(await screen.findByRole('alert')).toHaveTextContent(/link/);
  });

  it('explains where the link comes from when it is missing', async () => {
    window.history.replaceState(null, '', '/setup');
    renderWithServices(<SetupScreen onDone={() => {}} api={server.api} />, { data: freshData() });
    expect(screen.getByText(authTexts.setupTokenMissing)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
