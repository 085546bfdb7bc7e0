import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { screenFor } from '../../../src/client/app/routes';
import { getSharing } from '../../../src/client/db';
import { renderLoggedIn, setupHousehold } from '../plan/harness';

afterEach(cleanup);

/** The household's screen as the router shows it: behind the household guard (break the glass). */
function renderTimeline(data: Parameters<typeof renderLoggedIn>[0], householdId: string) {
  return renderLoggedIn(data, <Suspense fallback={null}>{screenFor(`/huishouden/${householdId}`)}</Suspense>);
}

describe('need to know on the household screen', () => {
  it('asks a medewerker who is not the regisseur for a reason first, and keeps it as a record that syncs', async () => {
    const { data, householdId } = await setupHousehold();
    await data.handovers.handOver(householdId, { toName: 'Esmé', previousId: null });
    renderTimeline(data, householdId);
    expect(await screen.findByRole('heading', { name: 'Waarom opent u dit huishouden?' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Grondslag en delen' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Openen' }));
    expect(await screen.findByText('Schrijf een reden op.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Reden'), 'Esmé is ziek; ik ga vandaag langs.');
    await userEvent.click(screen.getByRole('button', { name: 'Openen' }));
    expect(await screen.findByRole('heading', { name: 'Grondslag en delen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Inzage/ })).not.toBeInTheDocument();
    expect((await getSharing(data.store, householdId)).reasons).toEqual([{ at: expect.any(String), byName: 'Jan' }]);
    const outbox = await data.db.outbox.toArray();
    expect(outbox.some((e) => e.mutation.table === 'breakGlass')).toBe(true);
  });

  it('opens straight away for the regisseur, and records the legal basis on choosing it', async () => {
    const { data, householdId } = await setupHousehold();
    await data.handovers.handOver(householdId, { toName: 'Jan', previousId: null });
    renderTimeline(data, householdId);
    await userEvent.selectOptions(await screen.findByLabelText(/Grondslag/, { selector: 'select' }), 'Wettelijke taak');
    await screen.findByDisplayValue('Wettelijke taak');
    expect((await getSharing(data.store, householdId)).legalBasis).toBe('wettelijke-taak');
    expect(screen.getByRole('button', { name: 'Inzage voor de bewoner (afdrukken)' })).toBeInTheDocument();
  });
});
