import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderMap, setupHousehold } from './harness';

afterEach(cleanup);

const domainSection = (name: RegExp) => screen.getByRole('heading', { level: 2, name }).closest('section')!;

describe('MapScreen: overview and any order', () => {
  it('lists the four domains with their 14 subdomains, none discussed yet', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId);
    expect(await screen.findByRole('heading', { level: 1, name: 'Leefgebiedenkaart' })).toBeInTheDocument();
    const domains = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
    expect(domains).toEqual(['1. Dag', '2. Nacht', '3. Financiën', '4. Functioneren']);
    expect(within(domainSection(/Dag/)).getByText('0 van 4 onderdelen besproken')).toBeInTheDocument();
    expect(within(domainSection(/Nacht/)).getByText('0 van 3 onderdelen besproken')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /nog niet besproken/ })).toHaveLength(14);
  });

  it('opens a subdomain from the overview, with its address, and moves focus to it', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId);
    await userEvent.click(await screen.findByRole('link', { name: /Veiligheid/ }));
    expect(window.location.search).toBe('?onderdeel=veiligheid');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Veiligheid' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('2. Nacht')).toBeInTheDocument();
  });

  it('fills subdomains in any order and shows progress per domain', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId, '?onderdeel=zingeving');
    await userEvent.type(await screen.findByLabelText('Hoe beleeft de persoon het zelf en wat zie jij?'), 'Gaat naar de kerk.');

    await userEvent.click(screen.getByRole('link', { name: 'Terug naar het overzicht' }));
    await userEvent.click(await screen.findByRole('link', { name: /Uitgaven/ }));
    const resident = await screen.findByRole('group', { name: /Cijfer van de bewoner/ });
    await userEvent.click(within(resident).getByRole('radio', { name: '5' }));

    await userEvent.click(screen.getByRole('link', { name: 'Volgende: Schulden' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: 'boetes, schuldeisers' }));
    await userEvent.click(screen.getByRole('link', { name: 'Terug naar het overzicht' }));

    await waitFor(() => expect(within(domainSection(/Financiën/)).getByText('2 van 3 onderdelen besproken')).toBeInTheDocument());
    expect(within(domainSection(/Functioneren/)).getByText('1 van 4 onderdelen besproken')).toBeInTheDocument();
    expect(within(domainSection(/Dag/)).getByText('0 van 4 onderdelen besproken')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Uitgaven.*besproken/ })).not.toHaveTextContent('nog niet');
    expect(screen.getByRole('link', { name: /Inkomen/ })).toHaveTextContent('nog niet besproken');
    expect(screen.getAllByRole('link', { name: /nog niet besproken/ })).toHaveLength(11);
  });

  it('says so when the address names a subdomain that does not exist', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId, '?onderdeel=bestaat-niet');
    expect(await screen.findByText('Dit onderdeel bestaat niet (meer). Kies een onderdeel uit het overzicht.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Terug naar het overzicht' }));
    expect(await screen.findByRole('heading', { level: 2, name: '1. Dag' })).toBeInTheDocument();
  });
});
