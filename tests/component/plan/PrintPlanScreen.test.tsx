import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderLoggedIn, setupHousehold } from './harness';

afterEach(cleanup);

describe('PrintPlanScreen: the plan "voor op de koelkast"', () => {
  it('holds the goals in the resident\'s words, who does what by when and who to call, and no worker notes', async () => {
    const { data, householdId } = await setupHousehold();
    await data.households.update(householdId, { members: 'Frans en zoon Harrie', reportReason: 'GEHEIM-MELDING' });
    const person = await data.network.addPerson(householdId, { name: 'Vrijwilliger kerk', relation: 'vrijwilliger', tie: 'sterk', phone: '06-12345678', note: 'GEHEIM-NOTITIE-NETWERK' });
    const goal = await data.plan.addGoal(householdId, 'Ik wil weer eten in huis.', ['praktisch']);
    const dropped = await data.plan.addGoal(householdId, 'LOSGELATEN-DOEL');
    if (!goal.ok || !person.ok || !dropped.ok) throw new Error('setup');
    await data.plan.updateGoal(dropped.id, { status: 'losgelaten' });
    await data.plan.addAction(householdId, goal.id, { what: 'Lijstje maken', whoKind: 'bewoner', dueDate: '2026-07-15' });
    const carried = await data.plan.addAction(householdId, goal.id, {
      what: 'Boodschappen doen',
      whoKind: 'netwerk',
      whoPersonId: person.id,
      whoName: 'Vrijwilliger kerk',
      dueDate: '2026-09-01',
      monitor: 'GEHEIM-BEWAKER',
    });
    if (!carried.ok) throw new Error('action');
    await data.plan.updateAction(carried.id, { feedback: 'GEHEIM-TERUGKOPPELING' });
    await data.mapEntries.update(householdId, 'praktisch', { scoreWorker: 3, experience: 'GEHEIM-KAART' });
    await data.handovers.handOver(householdId, { toName: 'Jan', toOrganisation: 'Kernteam', note: 'GEHEIM-OVERDRACHT', previousId: null });

    const { default: PrintPlanScreen } = await import('../../../src/client/ui/plan/PrintPlanScreen');
    renderLoggedIn(data, <PrintPlanScreen householdId={householdId} />);
    const plan = await screen.findByRole('article');
    await screen.findByText('Boodschappen doen');
    const text = plan.textContent ?? '';
    expect(text).toContain('Ik wil weer eten in huis.');
    expect(text).toContain('Lijstje maken');
    expect(text).toContain('15 juli 2026');
    expect(text).toContain('Vrijwilliger kerk');
    expect(text).toContain('06-12345678');
    expect(text).toContain('Jan (Kernteam)');
    for (const secret of ['GEHEIM', 'LOSGELATEN-DOEL', 'Harrie', 'Lindelaan']) expect(document.body.textContent).not.toContain(secret);
    expect(document.body.textContent).not.toMatch(/\b3\b.*cijfer/i);
  });
});
