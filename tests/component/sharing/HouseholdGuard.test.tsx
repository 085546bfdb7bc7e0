/**
 * Break the glass on every household screen: a deep link to the map, the plan or a contact moment
 * of a household asks the same reason first as the household's own screen, because every
 * /huishouden/:id… route passes the one HouseholdGuard (app/routes.tsx).
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { screenFor } from '../../../src/client/app/routes';
import { getSharing } from '../../../src/client/db';
import { paths } from '../../../src/client/ui/router';
import { renderLoggedIn, setupHousehold } from '../plan/harness';

afterEach(cleanup);

const reasonHeading = { name: 'Waarom opent u dit huishouden?' };

async function householdOfEsme() {
  const { data, householdId } = await setupHousehold();
  await data.handovers.handOver(householdId, { toName: 'Esmé', previousId: null });
  const started = await data.contacts.start(householdId, 'huisbezoek');
  if (!started.ok) throw new Error('contact not started');
  return { data, householdId, contactId: started.id };
}

const open = (data: Parameters<typeof renderLoggedIn>[0], path: string) =>
  renderLoggedIn(data, <Suspense fallback={null}>{screenFor(path)}</Suspense>);

describe('the reason gate on every household screen', () => {
  it.each([
    ['the map', (id: string) => paths.map(id)],
    ['the plan', (id: string) => paths.plan(id)],
    ['the network', (id: string) => paths.network(id)],
  ])('asks a medewerker who is not the regisseur for a reason before %s opens', async (_, pathOf) => {
    const { data, householdId } = await householdOfEsme();
    open(data, pathOf(householdId));
    expect(await screen.findByRole('heading', reasonHeading)).toBeInTheDocument();
    // Nothing of the household's records is shown behind the question.
    expect(screen.queryByRole('textbox', { name: /Reden/ })).toBeInTheDocument();
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Lindelaan 4', reasonHeading.name]);
  });

  it('opens a deep-linked contact moment only after the reason, which is kept as a record that syncs', async () => {
    const { data, householdId, contactId } = await householdOfEsme();
    open(data, paths.contact(householdId, contactId));
    expect(await screen.findByRole('heading', reasonHeading)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Reden'), 'Esmé is ziek; ik ga vandaag langs.');
    await userEvent.click(screen.getByRole('button', { name: 'Openen' }));
    await screen.findByRole('heading', { name: /Huisbezoek/i });
    expect(screen.queryByRole('heading', reasonHeading)).not.toBeInTheDocument();
    expect((await getSharing(data.store, householdId)).reasons).toEqual([{ at: expect.any(String), byName: 'Jan' }]);
  });

  it('opens the map straight away for the regisseur', async () => {
    const { data, householdId } = await setupHousehold();
    await data.handovers.handOver(householdId, { toName: 'Jan', previousId: null });
    open(data, paths.map(householdId));
    await screen.findByText('Zingeving');
    expect(screen.queryByRole('heading', reasonHeading)).not.toBeInTheDocument();
  });
});
