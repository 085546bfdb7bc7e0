/**
 * Closing a household: the regisseur (or teamleider, beheerder) closes it after a confirmation;
 * the closing day is a synced change the retention job counts from, shown on the household; it
 * can be opened again. A medewerker who is not the regisseur sees the state, not the button.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { screenFor } from '../../../src/client/app/routes';
import { getHousehold } from '../../../src/client/db';
import { todayIso } from '../../../src/client/ui/format';
import { eventually } from '../../support/eventually';
import { renderLoggedIn, setupHousehold } from '../plan/harness';

afterEach(cleanup);

const open = (data: Parameters<typeof renderLoggedIn>[0], householdId: string) =>
  renderLoggedIn(data, <Suspense fallback={null}>{screenFor(`/huishouden/${householdId}`)}</Suspense>);

describe('closing a household', () => {
  it('is done by the regisseur after a confirmation, syncs, shows, and can be undone', async () => {
    const { data, householdId } = await setupHousehold();
    await data.handovers.handOver(householdId, { toName: 'Jan', previousId: null });
    open(data, householdId);
    await userEvent.click(await screen.findByRole('button', { name: 'Huishouden afsluiten' }));
    const dialog = await screen.findByRole('dialog', { name: 'Huishouden afsluiten?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Niet afsluiten' }));
    expect((await getHousehold(data.store, householdId))?.closedOn).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Huishouden afsluiten' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, afsluiten' }));
    expect(await screen.findByText(/^Afgesloten op /)).toBeInTheDocument();
    expect((await getHousehold(data.store, householdId))?.closedOn).toBe(todayIso());
    await eventually(async () => {
      const outbox = await data.db.outbox.toArray();
      expect(outbox.some((e) => e.mutation.table === 'households' && JSON.stringify(e.mutation).includes('closedOn'))).toBe(true);
    });

    await userEvent.click(screen.getByRole('button', { name: 'Weer openen' }));
    await userEvent.click(within(await screen.findByRole('dialog', { name: 'Huishouden weer openen?' })).getByRole('button', { name: 'Ja, weer openen' }));
    await screen.findByRole('button', { name: 'Huishouden afsluiten' });
    expect(screen.queryByText(/^Afgesloten op /)).toBeNull();
    expect((await getHousehold(data.store, householdId))?.closedOn).toBeNull();
  });

  it('is not offered to a medewerker who is not the regisseur, who does see that it is closed', async () => {
    const { data, householdId } = await setupHousehold();
    await data.households.close(householdId, '2026-03-01');
    open(data, householdId);
    expect(await screen.findByText('Afgesloten op 1 maart 2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Weer openen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Huishouden afsluiten' })).toBeNull();
  });
});
