import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeviceSession } from '../../../../../src/client/db';
import type { ApiClient } from '../../../../../src/client/sync';
import DevicesScreen from '../../../../../src/client/ui/devices/DevicesScreen';
import type { Role, TeamDevice } from '../../../../../src/domain';
import { freshData, renderWithServices } from '../auth/render';

afterEach(cleanup);

const teamId = '01a23528-d97f-79a0-a563-ddfda97549de';
const session = (role: Role): DeviceSession => ({
  token: 'token',
  user: { id: 'u-lies', username: 'lies', displayName: 'Lies' },
  teams: [{ id: teamId, name: 'Noord', role }],
  currentTeamId: teamId,
});
const device = (over: Partial<TeamDevice>): TeamDevice => ({
  id: 'd-1',
  userId: 'u-mila',
  username: 'mila',
  displayName: 'Mila',
  label: 'Chrome op Android',
  createdAt: '2026-03-01T09:00:00Z',
  lastSeenAt: new Date().toISOString(),
  state: 'active',
  current: false,
  ...over,
});

function fakeApi(devices: TeamDevice[]) {
  const post = vi.fn(async () => undefined);
  const settings = { idleMinutes: 5, backgroundGraceSeconds: 30, leaseHours: 72 };
  const get = vi.fn(async (path: string) => (path.endsWith('/settings') ? settings : { devices }) as never);
  const api: ApiClient = { get: get as ApiClient['get'], post: post as ApiClient['post'], put: vi.fn(async () => settings as never) };
  return { api, post };
}

describe('DevicesScreen', () => {
  it("lists the team's devices and revokes one after a confirmation", async () => {
    const { api, post } = fakeApi([device({}), device({ id: 'd-2', userId: 'u-lies', username: 'lies', displayName: 'Lies', current: true })]);
    renderWithServices(<DevicesScreen api={api} />, { data: freshData(), session: session('teamleider') });

    const item = (await screen.findByRole('heading', { name: 'Chrome op Android' })).closest('li')!;
    expect(within(item).getByText(/Mila \(mila\) · Actief/)).toBeInTheDocument();
    expect(within(item).getByText(/Laatst gezien/)).toBeInTheDocument();
    // Your own phone: no revoke here (log out instead), and never yourself as a user.
    expect(screen.getAllByRole('button', { name: /intrekken/ })).toHaveLength(2);

    await userEvent.click(screen.getByRole('button', { name: 'Apparaat Chrome op Android van Mila intrekken' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog).toHaveTextContent('wist alle gegevens van Voordeur');
    expect(post).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Intrekken', hidden: true }));

    expect(post).toHaveBeenCalledWith(`/api/teams/${teamId}/devices/d-1/revoke`, undefined, 'token');
    expect(await screen.findByText('"Chrome op Android" is ingetrokken.')).toBeInTheDocument();
  });

  it('shows a medewerker nothing to revoke and asks the server nothing', async () => {
    const { api } = fakeApi([device({})]);
    renderWithServices(<DevicesScreen api={api} />, { data: freshData(), session: session('medewerker') });
    expect(screen.getByText(/Alleen een teamleider of beheerder/)).toBeInTheDocument();
    expect(api.get).not.toHaveBeenCalled();
  });
});
