import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderMap, setupHousehold, storedEntry } from './harness';

afterEach(cleanup);

const SITUATION = 'Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.';
// The simple model is a long page; role queries over all of it are slow in jsdom, so find by text.
const entryOf = (title: string) => screen.getByText(title, { selector: 'h3' }).closest('div')!;
const h2s = () => [...document.querySelectorAll('h2')].map((h) => h.textContent);

describe('MapScreen: simple and full over the same data', () => {
  it('shows the answers of the full map in the simple model', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId, '?onderdeel=inkomen');
    await userEvent.type(await screen.findByLabelText(SITUATION), 'Bijstand.');
    await userEvent.click(within(screen.getByRole('group', { name: /Cijfer van de bewoner/ })).getByRole('radio', { name: '4' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^inkomen: zwart\/wit/ }));

    await userEvent.click(screen.getByLabelText('Eenvoudig'));
    await waitFor(() => expect(h2s()).toEqual(['Dag', 'Nacht', 'Geld', 'Vrije tijd']));
    expect(new URLSearchParams(window.location.search).get('vorm')).toBe('eenvoudig');
    const inkomen = entryOf('Inkomen');
    expect(await within(inkomen).findByLabelText(SITUATION)).toHaveValue('Bijstand.');
    expect(within(inkomen).getByRole('radio', { name: '4' })).toBeChecked();
    expect(within(inkomen).queryByRole('group', { name: /Cijfer van de werker/ })).not.toBeInTheDocument();
    expect(within(inkomen).getByText('Onderwerpen (1 besproken)')).toBeInTheDocument();
    expect(within(inkomen).getAllByRole('textbox')).toHaveLength(1);
    expect(screen.getByText(/1 van 3 onderdelen besproken/, { selector: '.map-progress__text' })).toBeInTheDocument();
  });

  it('shows what was typed in the simple model in the full map', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId, '?vorm=eenvoudig&onderdeel=inkomen');
    const netwerk = await waitFor(() => entryOf('Netwerk'));
    await userEvent.type(await within(netwerk).findByLabelText(SITUATION), 'Ziet zijn zus.');
    await userEvent.click(screen.getByLabelText('Volledig'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Inkomen' })).toBeInTheDocument(); // back where we were
    await userEvent.click(screen.getByRole('link', { name: 'Terug naar het overzicht' }));
    await userEvent.click(await screen.findByRole('link', { name: /Netwerk/ }));
    expect(await screen.findByLabelText(SITUATION)).toHaveValue('Ziet zijn zus.');
    expect((await storedEntry(data, householdId, 'netwerk'))?.situation).toBe('Ziet zijn zus.');
  });

  it('opens in the simple model from the address, with Functioneren only named', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId, '?vorm=eenvoudig');
    expect(await screen.findByLabelText('Eenvoudig')).toBeChecked();
    expect(await screen.findByText(/Alleen in de volledige kaart: Praktisch functioneren/)).toBeInTheDocument();
    const h3s = [...document.querySelectorAll('h3')].map((h) => h.textContent);
    expect(h3s).toHaveLength(10);
    expect(h3s).not.toContain('Zingeving');
  });
});
