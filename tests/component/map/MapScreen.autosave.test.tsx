import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mapEntryId } from '../../../src/domain';
import { mapMutations, renderMap, setupHousehold, storedEntry } from './harness';

afterEach(cleanup);

const SITUATION = 'Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.';

describe('MapScreen: autosave and resume', () => {
  it('stores a ticked topic, typed text and a chosen score, each with an outbox entry', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId, '?onderdeel=schulden');
    expect(await screen.findByRole('heading', { level: 2, name: 'Schulden' })).toBeInTheDocument();

    await userEvent.click(await screen.findByRole('checkbox', { name: 'in eigen kring' }));
    await userEvent.type(screen.getByLabelText(SITUATION), 'Schuld bij zijn broer.');
    await userEvent.tab();
    await userEvent.click(within(screen.getByRole('group', { name: /Cijfer van de werker/ })).getByRole('radio', { name: '4' }));

    await waitFor(async () => {
      const entry = await storedEntry(data, householdId, 'schulden');
      expect(entry).toMatchObject({ situation: 'Schuld bij zijn broer.', scoreWorker: 4, scoreResident: null });
      expect(entry?.topics).toEqual({ 'schulden-eigen-kring': true });
    });
    const mutations = await mapMutations(data);
    expect(mutations.every((m) => m.recordId === mapEntryId(householdId, 'schulden'))).toBe(true);
    expect(mutations[0]?.changedFields).toMatchObject({ subdomainId: 'schulden', 'topic.schulden-eigen-kring': true });
    expect(mutations.map((m) => Object.keys(m.changedFields as object))).toContainEqual(['situation']);
    expect(mutations.map((m) => m.changedFields)).toContainEqual({ scoreWorker: 4 });
    expect(await screen.findByText('Opgeslagen')).toBeInTheDocument();
  });

  it('saves typing after a short pause without leaving the field', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId, '?onderdeel=huisvesting');
    await userEvent.type(await screen.findByLabelText('Wat maakt dat de situatie zo is?'), 'Te klein.');
    await waitFor(async () => expect((await storedEntry(data, householdId, 'huisvesting'))?.causes).toBe('Te klein.'));
  });

  it('resumes after closing: the subdomain from the address and every value come back', async () => {
    const { data, householdId } = await setupHousehold();
    const first = await renderMap(data, householdId, '?onderdeel=netwerk');
    await userEvent.click(await screen.findByRole('checkbox', { name: 'uitstoting / discriminatie' }));
    await userEvent.type(screen.getByLabelText('Hoe beleeft de persoon het zelf en wat zie jij?'), 'Voelt zich alleen.');
    await userEvent.click(within(screen.getByRole('group', { name: /Cijfer van de bewoner/ })).getByRole('radio', { name: '3' }));
    first.unmount(); // closing saves what is still waiting

    await renderMap(data, householdId, '?onderdeel=netwerk');
    expect(await screen.findByRole('heading', { level: 2, name: 'Netwerk' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Hoe beleeft de persoon het zelf en wat zie jij?')).toHaveValue('Voelt zich alleen.');
    expect(screen.getByRole('checkbox', { name: 'uitstoting / discriminatie' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'informele welzijn en zorg' })).not.toBeChecked();
    const resident = screen.getByRole('group', { name: /Cijfer van de bewoner/ });
    expect(within(resident).getByRole('radio', { name: '3' })).toBeChecked();
    const worker = screen.getByRole('group', { name: /Cijfer van de werker/ });
    expect(within(worker).getByRole('radio', { name: 'Nog geen cijfer' })).toBeChecked();
  });

  it('opened again at once, starts from what the closing form was still saving', async () => {
    const { data, householdId } = await setupHousehold();
    const update = data.mapEntries.update.bind(data.mapEntries);
    data.mapEntries.update = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 150)); // a slow device
      return update(...args);
    };
    const first = await renderMap(data, householdId, '?onderdeel=veiligheid');
    await userEvent.type(await screen.findByLabelText(SITUATION), 'Rustig.');
    first.unmount();
    await renderMap(data, householdId, '?onderdeel=veiligheid');
    expect(await screen.findByLabelText(SITUATION)).toHaveValue('Rustig.');
  });

  it('can take a score back to "nog geen cijfer" and a topic back to unticked', async () => {
    const { data, householdId } = await setupHousehold();
    await data.mapEntries.update(householdId, 'inkomen', { scoreResident: 6, 'topic.inkomsten': true });
    await renderMap(data, householdId, '?onderdeel=inkomen');
    const resident = await screen.findByRole('group', { name: /Cijfer van de bewoner/ });
    expect(within(resident).getByRole('radio', { name: '6' })).toBeChecked();
    await userEvent.click(within(resident).getByRole('radio', { name: 'Nog geen cijfer' }));
    const topic = screen.getAllByRole('checkbox')[0]!;
    expect(topic).toBeChecked();
    await userEvent.click(topic);
    await waitFor(async () => {
      const entry = await storedEntry(data, householdId, 'inkomen');
      expect(entry?.scoreResident).toBeNull();
      expect(Object.values(entry?.topics ?? {})).toEqual([false]);
    });
  });
});
