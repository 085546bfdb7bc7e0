import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { regisseurOf, uuidv7 } from '../../../../src/domain';
import { listGoals, listHandovers, listNetworkPeople, listNetworkVersions, listPlanActions } from '../../../../src/client/db';
import { PlanRepository } from '../../../../src/client/db/repositories/plan';
import { NetworkRepository } from '../../../../src/client/db/repositories/network';
import { HandoverRepository } from '../../../../src/client/db/repositories/handovers';
import { createHousehold, openTab, outbox } from './helpers';

const teamId = uuidv7();
const july1 = () => new Date(2026, 6, 1, 10, 0, 0);

function planTab() {
  const tab = openTab();
  return {
    ...tab,
    plan: new PlanRepository(tab.store, july1),
    network: new NetworkRepository(tab.store, july1),
    handovers: new HandoverRepository(tab.store, july1),
  };
}

describe('the plan repository', () => {
  it('adds a goal in the resident\'s words with its subdomains, through the outbox', async () => {
    const tab = planTab();
    const householdId = await createHousehold(tab, teamId);
    const added = await tab.plan.addGoal(householdId, '"Ik wil Harrie weer zien."', ['netwerk', 'psychisch']);
    expect(added.ok).toBe(true);
    const [goal] = await listGoals(tab.store, householdId);
    expect(goal).toMatchObject({ words: '"Ik wil Harrie weer zien."', status: 'actief', createdOn: '2026-07-01', subdomainIds: ['netwerk', 'psychisch'] });
    const goalMutation = (await outbox(tab)).find((e) => e.mutation.table === 'goals');
    expect(goalMutation?.mutation).toMatchObject({ householdId, teamId, op: 'put' });
  });

  it('gives a new action the date two weeks from today', async () => {
    const tab = planTab();
    const householdId = await createHousehold(tab, teamId);
    const goal = await tab.plan.addGoal(householdId, 'Post op orde');
    if (!goal.ok) throw new Error('goal');
    await tab.plan.addAction(householdId, goal.id, { what: 'Post openen', whoKind: 'bewoner' });
    await tab.plan.addAction(householdId, goal.id, { what: 'Bellen met DWI', whoKind: 'professional', whoName: 'DWI' });
    const actions = await listPlanActions(tab.store, householdId);
    expect(actions.map((a) => [a.dueDate, a.care, a.status])).toEqual([
      ['2026-07-15', 'informeel', 'open'],
      ['2026-07-15', 'formeel', 'open'],
    ]);
  });

  it('refuses a date further than two weeks without who monitors it, and stores nothing', async () => {
    const tab = planTab();
    const householdId = await createHousehold(tab, teamId);
    const goal = await tab.plan.addGoal(householdId, 'Verzekering regelen');
    if (!goal.ok) throw new Error('goal');
    const refused = await tab.plan.addAction(householdId, goal.id, { what: 'Aanmelden', whoKind: 'professional', dueDate: '2026-08-01' });
    expect(refused).toMatchObject({ ok: false, errors: [{ field: 'monitor', message: expect.stringMatching(/Wie gaat dat bewaken/) }] });
    expect(await listPlanActions(tab.store, householdId)).toEqual([]);
    const kept = await tab.plan.addAction(householdId, goal.id, { what: 'Aanmelden', whoKind: 'professional', dueDate: '2026-08-01', monitor: 'Jan' });
    expect(kept.ok).toBe(true);
  });

  it('a later change of the date also needs the name; the feedback gets its day', async () => {
    const tab = planTab();
    const householdId = await createHousehold(tab, teamId);
    const goal = await tab.plan.addGoal(householdId, 'Boodschappen');
    if (!goal.ok) throw new Error('goal');
    const action = await tab.plan.addAction(householdId, goal.id, { what: 'Boodschappen doen', whoKind: 'vrijwilliger' });
    if (!action.ok) throw new Error('action');
    expect((await tab.plan.updateAction(action.id, { dueDate: '2026-09-01' })).ok).toBe(false);
    expect((await tab.plan.updateAction(action.id, { dueDate: '2026-09-01', monitor: 'Esmé' })).ok).toBe(true);
    await tab.plan.updateAction(action.id, { status: 'gedaan', feedback: 'Ging goed.' });
    const [stored] = await listPlanActions(tab.store, householdId);
    expect(stored).toMatchObject({ dueDate: '2026-09-01', monitor: 'Esmé', status: 'gedaan', feedback: 'Ging goed.', feedbackOn: '2026-07-01' });
  });

  it('a changed goal keeps the old wording as a row of its own', async () => {
    const tab = planTab();
    const householdId = await createHousehold(tab, teamId);
    const goal = await tab.plan.addGoal(householdId, 'Minder alleen zijn');
    if (!goal.ok) throw new Error('goal');
    const changed = await tab.plan.changeGoal(householdId, goal.id, 'Eén keer per week iemand zien', ['netwerk']);
    if (!changed.ok) throw new Error('change');
    const goals = await listGoals(tab.store, householdId);
    expect(goals.map((g) => [g.words, g.status, g.replacesId])).toEqual([
      ['Minder alleen zijn', 'veranderd', null],
      ['Eén keer per week iemand zien', 'actief', goal.id],
    ]);
  });

  it('writes nothing for a household that is not on this device', async () => {
    const tab = planTab();
    expect((await tab.plan.addGoal(uuidv7(), 'x')).ok).toBe(false);
    expect((await tab.network.addPerson(uuidv7(), { name: 'x', relation: 'buur', tie: 'zwak' })).ok).toBe(false);
    expect(await outbox(tab)).toEqual([]);
  });
});

describe('the network and handover repositories', () => {
  it('keeps people and a dated version of the map', async () => {
    const tab = planTab();
    const householdId = await createHousehold(tab, teamId);
    await tab.network.addPerson(householdId, { name: 'Harrie', relation: 'familie', tie: 'verbroken' });
    const people = await listNetworkPeople(tab.store, householdId);
    await tab.network.keepVersion(householdId, people);
    const [version] = await listNetworkVersions(tab.store, householdId);
    expect(version).toMatchObject({ takenOn: '2026-07-01', people: [{ name: 'Harrie', tie: 'verbroken' }] });
  });

  it('erasing the household removes its plan, network and handovers from the device', async () => {
    const tab = planTab();
    const householdId = await createHousehold(tab, teamId);
    await tab.plan.addGoal(householdId, 'Doel');
    await tab.network.addPerson(householdId, { name: 'Buurvrouw', relation: 'buur', tie: 'sterk' });
    await tab.handovers.handOver(householdId, { toName: 'Jan', previousId: null });
    await tab.households.erase(householdId);
    const left = await tab.db.records.where('householdId').equals(householdId).count();
    expect(left).toBe(0);
  });

  it('names the regisseur through handovers that follow each other', async () => {
    const tab = planTab();
    const householdId = await createHousehold(tab, teamId);
    const first = await tab.handovers.handOver(householdId, { toName: 'Jan', previousId: null });
    if (!first.ok) throw new Error('handover');
    await tab.handovers.handOver(householdId, { toName: 'Esmé', previousId: first.id, note: 'Jan gaat met verlof.' });
    const state = regisseurOf(await listHandovers(tab.store, householdId));
    expect(state.current).toMatchObject({ toName: 'Esmé', note: 'Jan gaat met verlof.' });
    expect(state.history.map((h) => h.toName)).toEqual(['Jan', 'Esmé']);
  });
});
