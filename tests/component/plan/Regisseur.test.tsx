import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { listHandovers } from '../../../src/client/db';
import { regisseurOf } from '../../../src/domain';
import { renderPlan, setupHousehold } from './harness';

afterEach(cleanup);

describe('Regisseur on the plan screen', () => {
  it('hands over with a note, kept in the history', async () => {
    const { data, householdId } = await setupHousehold();
    await renderPlan(data, householdId);
    await userEvent.click(await screen.findByRole('button', { name: 'Overdragen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Overdracht bewaren' }));
    expect(await screen.findByText('Vul in wie de regisseur wordt.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Aan wie?'), 'Esmé');
    await userEvent.type(screen.getByLabelText(/Waarom/), 'Jan gaat met verlof.');
    await userEvent.click(screen.getByRole('button', { name: 'Overdracht bewaren' }));
    expect(await screen.findByText('Regisseur: Esmé')).toBeInTheDocument();
    const [handover] = await listHandovers(data.store, householdId);
    expect(handover).toMatchObject({ toName: 'Esmé', note: 'Jan gaat met verlof.', byName: 'Jan', previousId: null });
  });

  it('two handovers made offline at once: one is regisseur, the other is shown and can still be chosen', async () => {
    const { data, householdId } = await setupHousehold();
    const first = await data.handovers.handOver(householdId, { toName: 'Jan', previousId: null });
    if (!first.ok) throw new Error('handover');
    // As if two devices handed over from the same regisseur before either synced.
    await data.handovers.handOver(householdId, { toName: 'Esmé', previousId: first.id });
    await data.handovers.handOver(householdId, { toName: 'Spirit', previousId: first.id });
    await renderPlan(data, householdId);
    expect(await screen.findByText('Regisseur: Spirit')).toBeInTheDocument();
    expect(screen.getByText(/tegelijk Esmé regisseur gemaakt/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Toch Esmé' }));
    expect(await screen.findByText('Regisseur: Esmé')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/tegelijk/)).not.toBeInTheDocument());
    const state = regisseurOf(await listHandovers(data.store, householdId));
    expect(state.history.map((h) => h.toName)).toEqual(['Jan', 'Esmé', 'Spirit', 'Esmé']);
  });
});
