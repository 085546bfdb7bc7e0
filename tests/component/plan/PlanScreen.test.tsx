import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../../src/domain';
import { actions, goals, renderPlan, setupHousehold } from './harness';

afterEach(cleanup);

const NUDGE = /Eerst eigen kracht/;

async function addGoal(words: string) {
  await userEvent.click(await screen.findByRole('button', { name: 'Nieuw doel' }));
  await userEvent.type(screen.getByLabelText(/Wat wil de bewoner bereiken/), words);
  await userEvent.click(screen.getByRole('button', { name: 'Klaar' }));
  return screen.findByText(words, { selector: 'blockquote' });
}

async function addAction(what: string, who: RegExp, more?: () => Promise<void>) {
  await userEvent.click(screen.getByRole('button', { name: 'Actie toevoegen' }));
  const editor = screen.getByLabelText('Wat gaat er gebeuren?').closest('form')!;
  await userEvent.click(within(editor).getByRole('radio', { name: who }));
  await userEvent.type(within(editor).getByLabelText('Wat gaat er gebeuren?'), what);
  await more?.();
  await userEvent.click(within(editor).getByRole('button', { name: 'Klaar' }));
  await screen.findByText(what, { selector: 'p' });
}

describe('PlanScreen: goals, actions and the nudge', () => {
  it('stores a goal in the resident\'s words and an action due in two weeks', async () => {
    const { data, householdId } = await setupHousehold();
    await renderPlan(data, householdId);
    await addGoal('Ik wil Harrie weer zien.');
    await addAction('Kaartje sturen aan Harrie', /De bewoner zelf/);
    await waitFor(async () => expect(await actions(data, householdId)).toHaveLength(1));
    const [goal] = await goals(data, householdId);
    const [action] = await actions(data, householdId);
    expect(goal?.words).toBe('Ik wil Harrie weer zien.');
    expect(action).toMatchObject({ goalId: goal?.id, whoKind: 'bewoner', care: 'informeel', dueDate: addDays(localDay(new Date()), 14) });
    expect(screen.queryByText(NUDGE)).not.toBeInTheDocument();
  });

  it('asks once for a professional action on a goal without an own or network action; one tap adds an own action', async () => {
    const { data, householdId } = await setupHousehold();
    await renderPlan(data, householdId);
    await addGoal('Mijn verzekering op orde.');
    await addAction('DWI regelt de betaling', /Een professional/);
    expect(await screen.findByRole('heading', { name: NUDGE })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Actie van de bewoner of het netwerk toevoegen' }));
    // The editor opens for the resident's own action, and the question is not asked again.
    const editor = screen.getByLabelText('Wat gaat er gebeuren?').closest('form')!;
    expect(within(editor).getByRole('radio', { name: /De bewoner zelf/ })).toBeChecked();
    await waitFor(async () => expect((await goals(data, householdId))[0]?.nudgeAsked).toBe(true));
    await waitFor(() => expect(screen.queryByRole('heading', { name: NUDGE })).not.toBeInTheDocument());
  });

  it('"go on" dismisses the nudge for good', async () => {
    const { data, householdId } = await setupHousehold();
    await renderPlan(data, householdId);
    await addGoal('Hulp bij de post.');
    await addAction('Maatschappelijk werk helpt', /Een professional/);
    await userEvent.click(await screen.findByRole('button', { name: 'Nee, ga verder' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: NUDGE })).not.toBeInTheDocument());
    await addAction('Tweede afspraak', /Een professional/);
    expect(screen.queryByRole('heading', { name: NUDGE })).not.toBeInTheDocument();
  });

  it('a date further than two weeks asks "wie gaat dat bewaken?" and is kept until a name is given', async () => {
    const { data, householdId } = await setupHousehold();
    await renderPlan(data, householdId);
    await addGoal('Schulden regelen.');
    const far = addDays(localDay(new Date()), 40);
    await addAction('Aanmelden bij schuldhulp', /Een professional/, async () => {
      const date = screen.getByLabelText('Wanneer?');
      await userEvent.clear(date);
      await userEvent.type(date, far);
      expect(await screen.findByLabelText('Wie gaat dat bewaken?')).toBeInTheDocument();
      expect(screen.getByText(/Vul een naam in/)).toBeInTheDocument();
      await waitFor(async () => expect((await actions(data, householdId))[0]?.dueDate).not.toBe(far));
      await userEvent.type(screen.getByLabelText('Wie gaat dat bewaken?'), 'Esmé');
      await waitFor(async () => expect((await actions(data, householdId))[0]).toMatchObject({ dueDate: far, monitor: 'Esmé' }));
    });
  });

  it('shows an open action whose date passed as over time', async () => {
    const { data, householdId } = await setupHousehold();
    const goal = await data.plan.addGoal(householdId, 'Boodschappen');
    if (!goal.ok) throw new Error('goal');
    const yesterday = addDays(localDay(new Date()), -1);
    await data.plan.addAction(householdId, goal.id, { what: 'Lijstje maken', whoKind: 'bewoner', dueDate: yesterday });
    await renderPlan(data, householdId);
    expect(await screen.findByText('Over tijd')).toBeInTheDocument();
  });
});
