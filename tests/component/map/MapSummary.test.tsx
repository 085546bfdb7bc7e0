import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MapSummary } from '../../../src/client/ui/map/MapSummary';
import { renderWith, setupHousehold } from './harness';

afterEach(cleanup);

describe('MapSummary', () => {
  it('shows progress per domain and which subdomains have content, live', async () => {
    const { data, householdId } = await setupHousehold();
    await data.mapEntries.update(householdId, 'netwerk', { scoreWorker: 6 });
    renderWith(data, <MapSummary householdId={householdId} />);
    const list = await screen.findByRole('list', { name: 'Leefgebiedenkaart: voortgang per leefgebied' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.map-summary__title')?.textContent)).toEqual(['Dag', 'Nacht', 'Financiën', 'Functioneren']);
    expect(items[0]).toHaveTextContent('1 van 4 onderdelen besproken');
    expect(items[0]).toHaveTextContent('Netwerk');

    await data.mapEntries.setTopic(householdId, 'schulden', 'boetes-schuldeisers', true);
    expect(await within(items[2]!).findByText('1 van 3 onderdelen besproken')).toBeInTheDocument();
    expect(items[2]).toHaveTextContent('Schulden');
    expect(items[1]).toHaveTextContent('0 van 3 onderdelen besproken');
  });
});
