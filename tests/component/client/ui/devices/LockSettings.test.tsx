import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkFailure, type ApiClient } from '../../../../../src/client/sync/http';
import { LockSettings } from '../../../../../src/client/ui/devices/LockSettings';
import { lockSettingsTexts } from '../../../../../src/client/ui/devices/lock-settings-texts';

afterEach(cleanup);

const teamId = '01a23528-d97f-79a0-a563-ddfda97549de';
const stored = { idleMinutes: 5, backgroundGraceSeconds: 30, leaseHours: 72 };

function fakeApi(put: ApiClient['put']) {
  const api: ApiClient = { get: vi.fn(async () => stored as never), post: vi.fn(async () => Promise.reject(new Error('no post'))), put: vi.fn(put) as ApiClient['put'] };
  return api;
}

async function typeInto(label: RegExp, value: string) {
  const input = await screen.findByLabelText(label);
  await userEvent.clear(input);
  if (value) await userEvent.type(input, value);
  return input;
}

describe('LockSettings', () => {
  it("shows the team's settings and saves a change online", async () => {
    const api = fakeApi(async <T,>(_path: string, body: unknown) => body as T);
    render(<LockSettings api={api} teamId={teamId} token="token" />);
    expect(await screen.findByLabelText(/minuten zonder gebruik/)).toHaveValue('5');

    await typeInto(/minuten zonder gebruik/, '10');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText(lockSettingsTexts.saved)).toBeInTheDocument();
    expect(api.put).toHaveBeenCalledWith(`/api/teams/${teamId}/settings`, { ...stored, idleMinutes: 10 }, 'token');
  });

  it('names a value outside the bounds next to its field and sends nothing', async () => {
    const api = fakeApi(async <T,>(_path: string, body: unknown) => body as T);
    render(<LockSettings api={api} teamId={teamId} token="token" />);

    await typeInto(/uren zonder verbinding/, '1000');
    await typeInto(/seconden in de achtergrond/, '');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('De tijd zonder verbinding (uren) is hoogstens 720.')).toBeInTheDocument();
    expect(screen.getByText(/Vul De tijd op de achtergrond \(seconden\) in als heel getal/)).toBeInTheDocument();
    expect(screen.getByLabelText(/uren zonder verbinding/)).toHaveAttribute('aria-invalid', 'true');
    expect(api.put).not.toHaveBeenCalled();
  });

  it('says offline that saving needs a connection, and keeps what was typed', async () => {
    const api = fakeApi(async () => Promise.reject(new NetworkFailure(new TypeError('Failed to fetch'))));
    render(<LockSettings api={api} teamId={teamId} token="token" />);

    const input = await typeInto(/minuten zonder gebruik/, '15');
    await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(lockSettingsTexts.offline);
    expect(input).toHaveValue('15');
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeEnabled();
  });
});
