import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../../src/domain';
import { PlanSummary } from '../../../src/client/ui/plan/PlanSummary';
import { PlanTimeline } from '../../../src/client/ui/plan/PlanTimeline';
import { renderLoggedIn, setupHousehold } from './harness';

afterEach(cleanup);

describe('PlanSummary on the household page', () => {
  it('shows the regisseur, what is over time, and compliments what the resident did', async () => {
    const { data, householdId } = await setupHousehold();
    const goal = await data.plan.addGoal(householdId, 'Post op orde');
    if (!goal.ok) throw new Error('goal');
    const today = localDay(new Date());
    await data.plan.addAction(householdId, goal.id, { what: 'DWI bellen', whoKind: 'professional', dueDate: addDays(today, -1) });
    const own = await data.plan.addAction(householdId, goal.id, { what: 'Post openen', whoKind: 'bewoner' });
    if (!own.ok) throw new Error('action');
    await data.plan.updateAction(own.id, { status: 'gedaan' });
    await data.handovers.handOver(householdId, { toName: 'Esmé', previousId: null });
    renderLoggedIn(data, <PlanSummary householdId={householdId} />);
    expect(await screen.findByText('Regisseur: Esmé')).toBeInTheDocument();
    expect(screen.getByText('1 actie is over tijd')).toBeInTheDocument();
    expect(screen.getByText('1 doel, 1 open actie')).toBeInTheDocument();
    expect(screen.getByText('Post openen')).toBeInTheDocument();
  });

  it('keeps handovers (who, to whom, why) and celebrates what the resident did, newest first', async () => {
    const { data, householdId } = await setupHousehold();
    const goal = await data.plan.addGoal(householdId, 'Post op orde');
    if (!goal.ok) throw new Error('goal');
    const own = await data.plan.addAction(householdId, goal.id, { what: 'Post openen', whoKind: 'bewoner' });
    const pro = await data.plan.addAction(householdId, goal.id, { what: 'DWI bellen', whoKind: 'professional' });
    if (!own.ok || !pro.ok) throw new Error('action');
    await data.plan.updateAction(own.id, { status: 'gedaan' });
    await data.plan.updateAction(pro.id, { status: 'gedaan' });
    await data.handovers.handOver(householdId, { toName: 'Esmé', toOrganisation: 'Kernteam', byName: 'Jan', note: 'Zij kent de familie', previousId: null });
    renderLoggedIn(data, <PlanTimeline householdId={householdId} />);
    const region = await screen.findByRole('region', { name: 'Het plan door de tijd' });
    expect(region).toHaveTextContent('Esmé (Kernteam) werd regisseur, overgedragen door Jan.');
    expect(region).toHaveTextContent('Zij kent de familie');
    expect(region).toHaveTextContent('gelukt, door de bewoner: Post openen');
    // A professional's action is in the plan, not celebrated here.
    expect(region).not.toHaveTextContent('DWI bellen');
  });
});
