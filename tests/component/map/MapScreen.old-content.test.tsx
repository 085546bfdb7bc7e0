import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { archivedTopicText } from '../../../src/content';
import { renderMap, setupHousehold, storedEntry } from './harness';

afterEach(cleanup);

describe('MapScreen: entries made under an older content version', () => {
  it('opens them, showing a retired topic read-only with its old wording', async () => {
    // The fictional content version 2025.1 had the topic "geldzaken-oud" under Uitgaven.
    const { data, householdId } = await setupHousehold('2025.1');
    await data.mapEntries.update(householdId, 'uitgaven', {
      'topic.geldzaken-oud': true,
      'topic.overzicht-financien': true,
      situation: 'Post blijft liggen.',
    });
    expect((await storedEntry(data, householdId, 'uitgaven'))?.contentVersion).toBe('2025.1');

    await renderMap(data, householdId, '?onderdeel=uitgaven');
    const retired = await screen.findByRole('group', { name: 'Onderwerpen uit een oudere versie van de kaart' });
    expect(within(retired).getByText(archivedTopicText('geldzaken-oud')!)).toBeInTheDocument();
    expect(within(retired).queryByRole('checkbox')).not.toBeInTheDocument();

    const current = screen.getByRole('group', { name: /Wat is besproken/ });
    expect(within(current).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(current).getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(1);
    expect(screen.getByLabelText('Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.')).toHaveValue('Post blijft liggen.');
  });

  it('shows no retired group when every topic is current', async () => {
    const { data, householdId } = await setupHousehold();
    await data.mapEntries.update(householdId, 'uitgaven', { 'topic.overzicht-financien': true });
    await renderMap(data, householdId, '?onderdeel=uitgaven');
    await screen.findByRole('group', { name: /Wat is besproken/ });
    expect(screen.queryByText('Onderwerpen uit een oudere versie van de kaart')).not.toBeInTheDocument();
  });
});
