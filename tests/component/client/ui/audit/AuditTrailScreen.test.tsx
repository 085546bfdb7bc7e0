import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditTrailResponse } from '../../../../../src/domain';
import { addHousehold, freshData, logIn, renderApp } from '../../app/render-app';

const team = { id: '0190a000-0000-7000-8000-0000000000aa', name: 'Team Noord' };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function openTrail(role: 'medewerker' | 'teamleider') {
  const data = freshData();
  await logIn(data, [{ ...team, role }]);
  const householdId = await addHousehold(data, { label: 'Parklaan 21' }, team.id);
  renderApp(data, '/logboek');
  await screen.findByRole('heading', { level: 1, name: 'Logboek' });
  return { data, householdId };
}

describe('the audit trail screen', () => {
  it('is for a teamleider or beheerder only', async () => {
    await openTrail('medewerker');
    expect(screen.getByText('Alleen een teamleider of beheerder kan het logboek bekijken.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Toon logboek' })).toBeNull();
  });

  it('says it needs internet when offline', async () => {
    await openTrail('teamleider');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await userEvent.click(screen.getByRole('button', { name: 'Toon logboek' }));
    expect(await screen.findByText(/alleen te bekijken met internet/)).toBeInTheDocument();
  });

  it('shows the trail of one household for a period, refusals and reads done on the device included', async () => {
    const { householdId } = await openTrail('teamleider');
    const trail: AuditTrailResponse = {
      truncated: false,
      entries: [
        { id: 'e2', occurredAt: '2026-03-04T09:30:00.000Z', recordedAt: '2026-03-06T10:00:00.000Z', userId: 'u1', userName: 'Anna', role: 'medewerker', deviceSessionId: 's1', householdId, action: 'read', table: 'contacts', recordId: 'c', outcome: 'allowed', reason: null, source: 'device' },
        { id: 'e1', occurredAt: '2026-03-02T08:00:00.000Z', recordedAt: '2026-03-02T08:00:00.000Z', userId: 'u2', userName: 'Bram', role: null, deviceSessionId: 's2', householdId: null, action: 'read', table: null, recordId: null, outcome: 'refused', reason: 'not-in-team', source: 'server' },
      ],
    };
    const fetch = vi.fn(async () => new Response(JSON.stringify(trail), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    await screen.findByRole('option', { name: 'Parklaan 21' });
    await userEvent.selectOptions(screen.getByLabelText('Huishouden'), 'Parklaan 21');
    await userEvent.type(screen.getByLabelText('Vanaf'), '2026-03-01');
    await userEvent.click(screen.getByRole('button', { name: 'Toon logboek' }));
    expect(await screen.findByText(/Anna \(medewerker\) · contactmoment bekeken · Parklaan 21 · op het apparaat · toegestaan/)).toBeInTheDocument();
    expect(screen.getByText(/Bram · bekeken · geweigerd \(not-in-team\)/)).toBeInTheDocument();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/audit/trail');
    expect(JSON.parse(init.body as string)).toMatchObject({ teamId: team.id, householdId, from: '2026-03-01T00:00:00.000Z' });
  });

  it('shows the teamleider who opened which household with a reason, for a period', async () => {
    const { householdId } = await openTrail('teamleider');
    const answer = { entries: [{ householdId, at: '2026-03-02T08:15:00+01:00', reason: 'Collega ziek, huisbezoek vandaag.', user: 'Anna' }] };
    const fetch = vi.fn(async () => new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const section = screen.getByRole('region', { name: 'Geopend met een reden' });
    await userEvent.type(within(section).getByLabelText('Geopend vanaf'), '2026-03-01');
    await userEvent.type(within(section).getByLabelText('Geopend tot en met'), '2026-03-31');
    await userEvent.click(within(section).getByRole('button', { name: 'Toon geopend met reden' }));
    expect(await within(section).findByText(/08:15 · Anna · Parklaan 21/)).toBeInTheDocument();
    expect(within(section).getByText('Reden: Collega ziek, huisbezoek vandaag.')).toBeInTheDocument();
    const [url] = fetch.mock.calls[0] as unknown as [string];
    expect(url).toBe(`/api/teams/${team.id}/break-glass?from=2026-03-01T00%3A00%3A00.000Z&to=2026-03-31T23%3A59%3A59.999Z`);
  });

  it('says the openings need internet when offline', async () => {
    await openTrail('teamleider');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await userEvent.click(screen.getByRole('button', { name: 'Toon geopend met reden' }));
    expect(await screen.findByText(/Deze lijst is alleen te bekijken met internet/)).toBeInTheDocument();
  });
});
