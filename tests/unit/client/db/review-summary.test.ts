import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../../../src/content';
import { addDays, localDay } from '../../../../src/domain';
import { createDataLayer, ensureSummaries, forgetSummaries, listHouseholdSummaries } from '../../../../src/client/db';

let n = 0;
const fresh = () => createDataLayer({ name: `review-summary-${Date.now()}-${(n += 1)}`, contentVersion: CONTENT_VERSION });
const today = localDay(new Date());

/** The summary read model carries what the kernteam's review shows, from the plan's rows too. */
describe('household summaries for the kernteam review', () => {
  it('name the current regisseur from the handovers, and count open, overdue and due-this-week actions of active goals', async () => {
    const data = fresh();
    const created = await data.households.create('team', { label: 'Kerkstraat 1', members: '', reportedBy: '', reportReason: '' });
    if (!created.ok) throw new Error('household');
    const id = created.id;
    const first = await data.handovers.handOver(id, { toName: 'Jan', previousId: null });
    if (!first.ok) throw new Error('handover');
    await data.handovers.handOver(id, { toName: 'Esmé', previousId: first.id });
    const goal = await data.plan.addGoal(id, 'Rust in huis');
    if (!goal.ok) throw new Error('goal');
    await data.plan.addAction(id, goal.id, { what: 'Bellen', whoKind: 'professional', dueDate: addDays(today, -2) });
    await data.plan.addAction(id, goal.id, { what: 'Langsgaan', whoKind: 'professional', dueDate: addDays(today, 3) });
    const closed = await data.plan.addGoal(id, 'Oud doel');
    if (!closed.ok) throw new Error('goal');
    await data.plan.addAction(id, closed.id, { what: 'Vergeten', whoKind: 'professional', dueDate: addDays(today, -9) });
    await data.plan.updateGoal(closed.id, { status: 'losgelaten' });

    const [item] = (await listHouseholdSummaries(data.store, 'team', today))!;
    expect(item).toMatchObject({ regisseur: 'Esmé', openActionCount: 2, overdueActionCount: 1, dueThisWeek: 1, overdue: true });

    // Built again from the records (an older device's summaries), the same facts come out.
    await data.db.transaction('rw', data.db.summaries, data.db.meta, () => forgetSummaries(data.db));
    await ensureSummaries(data.store);
    const [rebuilt] = (await listHouseholdSummaries(data.store, 'team', today))!;
    expect(rebuilt).toMatchObject({ regisseur: 'Esmé', openActionCount: 2, overdueActionCount: 1, dueThisWeek: 1 });
  });

  it('counts a decision and its to-do, and two decisions of one meeting as conflicting', async () => {
    const data = fresh();
    const created = await data.households.create('team', { label: 'Dorpsweg 2', members: '', reportedBy: '', reportReason: '' });
    if (!created.ok) throw new Error('household');
    const one = await data.decisions.record(created.id, { meetingOn: today, agreed: 'Anna belt', todoFor: 'anna', todoText: 'Bellen' }, []);
    await data.decisions.record(created.id, { meetingOn: today, agreed: 'Bram gaat langs' }, []);
    if (!one.ok) throw new Error('decision');
    let [item] = (await listHouseholdSummaries(data.store, 'team', today))!;
    expect(item).toMatchObject({ decisionCount: 2, conflictingDecisionDays: [today], todosOpen: 1, todosDone: 0, openActionCount: 2 });
    await data.decisions.markTodoDone(one.id);
    [item] = (await listHouseholdSummaries(data.store, 'team', today))!;
    expect(item).toMatchObject({ todosOpen: 0, todosDone: 1 });
  });
});
