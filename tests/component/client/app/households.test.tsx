import { paths } from '../../../../src/client/ui/router';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getHousehold, listHouseholdSummaries, type DataLayer } from '../../../../src/client/db';
import { addHousehold, freshData, logIn, renderApp, teamA, teamB } from './render-app';

afterEach(cleanup);

/** The households list as the screen reads it (from the summaries). */
async function listHouseholds(data: DataLayer, teamId: string) {
  return (await listHouseholdSummaries(data.store, teamId, '2026-03-20')) ?? [];
}

describe('households list', () => {
  it('finds households by label, members or reporter, ignoring case and accents', async () => {
    const data = freshData();
    await logIn(data);
    await addHousehold(data, { label: 'Kerkstraat 12', members: 'Fatma Özdemir en kinderen' });
    await addHousehold(data, { label: 'Dorpsweg 3', reportedBy: 'Buurvrouw José' });
    await addHousehold(data, { label: 'Molenlaan 8' });
    renderApp(data);

    const search = await screen.findByRole('searchbox', { name: 'Zoeken' });
    expect(screen.getAllByRole('link', { name: /Kerkstraat|Dorpsweg|Molenlaan/ })).toHaveLength(3);

    await userEvent.type(search, 'OZDEMIR');
    expect(screen.getByRole('link', { name: /Kerkstraat 12/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Dorpsweg/ })).toBeNull();

    await userEvent.clear(search);
    await userEvent.type(search, 'jose');
    expect(screen.getByRole('link', { name: /Dorpsweg 3/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Kerkstraat/ })).toBeNull();

    await userEvent.clear(search);
    await userEvent.type(search, 'nergens');
    expect(screen.getByRole('status')).toHaveTextContent('Geen huishouden gevonden');
  });

  it("shows only the current team's households, and switches team", async () => {
    const data = freshData();
    await logIn(data, [teamA, teamB]);
    await addHousehold(data, { label: 'Noordstraat 1' }, teamA.id);
    await addHousehold(data, { label: 'Zuidstraat 2' }, teamB.id);
    renderApp(data);

    expect(await screen.findByRole('link', { name: /Noordstraat 1/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Zuidstraat/ })).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Kies je team'), 'Team Zuid');
    expect(await screen.findByRole('link', { name: /Zuidstraat 2/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Noordstraat/ })).toBeNull();
  });
});

describe('households list, live', () => {
  it('shows a household written while the list is on screen (as a pull or another tab would)', async () => {
    const data = freshData();
    await logIn(data);
    await addHousehold(data, { label: 'Kerkstraat 12' });
    renderApp(data);
    expect(await screen.findByRole('link', { name: /Kerkstraat 12/ })).toBeInTheDocument();
    // The list's query loads lazily (db/reads.ts); it must still watch what it read.
    await addHousehold(data, { label: 'Dorpsweg 3' });
    expect(await screen.findByRole('link', { name: /Dorpsweg 3/ })).toBeInTheDocument();
  });
});

describe('device storage', () => {
  it('says so when the browser did not promise to keep the data', async () => {
    const data = freshData();
    await logIn(data);
    renderApp(data, '/', { persistent: false });
    expect(await screen.findByText(/Opslag is niet blijvend/)).toBeInTheDocument();
  });

  it('says nothing when storage is persistent', async () => {
    const data = freshData();
    await logIn(data);
    renderApp(data, '/');
    await screen.findByRole('heading', { level: 1, name: 'Huishoudens' });
    expect(screen.queryByText(/Opslag is niet blijvend/)).toBeNull();
  });
});

describe('new household', () => {
  it('is stored as it is typed once it has a label', async () => {
    const data = freshData();
    await logIn(data);
    renderApp(data);
    await userEvent.click(await screen.findByRole('link', { name: 'Huishouden toevoegen' }));

    await userEvent.type(await screen.findByLabelText('Korte naam'), 'Bloemstraat 5');
    await userEvent.type(screen.getByLabelText('Wie wonen er?'), 'Twee volwassenen');
    await userEvent.type(screen.getByLabelText('Melding door …'), 'Woningcorporatie');
    await userEvent.tab();

    expect(await screen.findByText('Opgeslagen')).toBeInTheDocument();
    await expect.poll(() => listHouseholds(data, teamA.id)).toEqual([
      expect.objectContaining({ label: 'Bloemstraat 5', members: 'Twee volwassenen', reportedBy: 'Woningcorporatie' }),
    ]);
    expect(window.location.search).toMatch(/^\?id=/);
  });

  it('stores nothing without a label, says why, and keeps what was typed', async () => {
    const data = freshData();
    await logIn(data);
    renderApp(data, '/nieuw');

    const label = await screen.findByLabelText('Korte naam');
    await userEvent.type(screen.getByLabelText('Wie wonen er?'), 'Een gezin');
    await userEvent.type(label, 'x');
    await userEvent.clear(label);
    await userEvent.tab();

    expect(await screen.findByText(/Geef het huishouden een korte naam/)).toBeInTheDocument();
    expect(screen.getByText('Nog niet opgeslagen: vul eerst een korte naam in.')).toBeInTheDocument();
    expect(screen.getByLabelText('Wie wonen er?')).toHaveValue('Een gezin');
    expect(await listHouseholds(data, teamA.id)).toEqual([]);
    expect(await data.db.outbox.count()).toBe(0);

    await userEvent.type(label, 'Kade 7');
    await userEvent.tab();
    await expect.poll(() => listHouseholds(data, teamA.id)).toEqual([
      expect.objectContaining({ label: 'Kade 7', members: 'Een gezin' }),
    ]);
    const form = screen.getByRole('main');
    expect(await within(form).findByRole('link', { name: 'Naar het huishouden' })).toBeInTheDocument();
  });
});

describe('consent', () => {
  it('is recorded with one tap and shown with the household', async () => {
    const data = freshData();
    await logIn(data);
    const id = await addHousehold(data, { label: 'Kade 9' });
    renderApp(data, paths.householdDetails(id));
    const consent = await screen.findByRole('group', { name: 'Toestemming om dit vast te leggen' });
    expect(within(consent).getByRole('radio', { name: 'Nog niet gevraagd' })).toBeChecked();
    await userEvent.click(within(consent).getByRole('radio', { name: 'Gegeven' }));
    await expect.poll(async () => (await getHousehold(data.store, id))?.consent).toBe('gegeven');
    expect((await data.db.outbox.toArray()).at(-1)?.mutation.changedFields).toEqual({ consent: 'gegeven' });

    cleanup();
    renderApp(data, paths.household(id));
    const about = await screen.findByRole('region', { name: 'Over dit huishouden' });
    expect(await within(about).findByText('Gegeven')).toBeInTheDocument();
  });
});
