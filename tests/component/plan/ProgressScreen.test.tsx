import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { MapMomentRepository } from '../../../src/client/db/repositories/map-moments';
import { listMapMoments } from '../../../src/client/db';
import { renderLoggedIn, setupHousehold } from './harness';

afterEach(cleanup);

describe('ProgressScreen: scores per subdomain over time', () => {
  it('shows the resident\'s and the worker\'s scores then and now, marks a big difference, and has a table', async () => {
    const { data, householdId } = await setupHousehold();
    await data.mapEntries.update(householdId, 'netwerk', { scoreResident: 2, scoreWorker: 6 });
    await new MapMomentRepository(data.store, () => new Date(2026, 2, 1)).keep(householdId, [{ subdomainId: 'netwerk', scoreResident: 2, scoreWorker: 6 }]);
    await data.mapEntries.update(householdId, 'netwerk', { scoreResident: 5, scoreWorker: 5 });
    const { default: ProgressScreen } = await import('../../../src/client/ui/progress/ProgressScreen');
    renderLoggedIn(data, <ProgressScreen householdId={householdId} />);
    const chart = await screen.findByRole('img', { name: /^Netwerk: 1 maart 2026 bewoner 2, werker 6; .* bewoner 5, werker 5$/ });
    expect(chart.querySelectorAll('.score-chart__differs')).toHaveLength(1);
    expect(screen.getByText('Verschil om over te praten')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Netwerk' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Kaart van vandaag vastleggen' }));
    await waitFor(async () => expect(await listMapMoments(data.store, householdId)).toHaveLength(2));
  });
});
