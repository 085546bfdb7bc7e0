import { paths } from '../../../src/client/ui/router';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain';
import { listDecisions, listHandovers, listPlanActions, type DataLayer } from '../../../src/client/db';
import { todayIso } from '../../../src/client/ui/format';
import { addHousehold, freshData, logIn, renderApp } from '../client/app/render-app';

afterEach(cleanup);

async function overdueHousehold(data: DataLayer, label: string) {
  const id = await addHousehold(data, { label });
  const goal = await data.plan.addGoal(id, 'Weer rust in huis');
  if (!goal.ok) throw new Error('goal');
  const action = await data.plan.addAction(id, goal.id, { what: 'Bellen met de woningcorporatie', whoKind: 'professional', dueDate: addDays(todayIso(), -3) });
  if (!action.ok) throw new Error('action');
  return id;
}

async function crisisHousehold(data: DataLayer, label: string) {
  const id = await addHousehold(data, { label });
  const contact = await data.contacts.start(id, 'huisbezoek');
  if (!contact.ok) throw new Error('contact');
  await data.contacts.answer(contact.id, 'crisiskaart', 'Geen crisiskaart; afspraken met de zus');
  await data.contacts.update(contact.id, { outcome: 'binnen-geweest' });
  return id;
}

/** The households' titles in the order the review shows them. */
const order = () => screen.getAllByRole('link', { name: /straat|weg|laan|plein/ }).map((link) => link.querySelector('.card__title')?.textContent);

describe('the kernteam review list', () => {
  it('sorts by urgency and filters by regisseur, signal and period, and searches by label', async () => {
    const data = freshData();
    await logIn(data);
    // Made in the reverse of the urgency order, so last-touched-first would show another order.
    await crisisHousehold(data, 'Beukenplein 1');
    await overdueHousehold(data, 'Kerkstraat 12');
    const quiet = await addHousehold(data, { label: 'Molenlaan 8' });
    await data.handovers.handOver(quiet, { toName: 'Esmé', previousId: null });
    await addHousehold(data, { label: 'Dorpsweg 3', reportedBy: 'Buurvrouw' });
    renderApp(data, '/kernteam');

    await screen.findByRole('heading', { name: 'Kernteam', level: 1 });
    await screen.findByText('4 huishoudens');
    expect(order()).toEqual(['Beukenplein 1', 'Kerkstraat 12', 'Dorpsweg 3', 'Molenlaan 8']);
    const first = screen.getAllByRole('link', { name: /Beukenplein/ })[0]!;
    expect(within(first).getByText(/Crisis/)).toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: /Kerkstraat/ })).getByText(/1 actie over tijd/)).toBeInTheDocument();
    expect(within(screen.getByRole('link', { name: /Molenlaan/ })).getByText('Regisseur: Esmé')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Regisseur'), 'Esmé');
    expect(await screen.findByText('1 huishouden')).toBeInTheDocument();
    expect(order()).toEqual(['Molenlaan 8']);

    await userEvent.selectOptions(screen.getByLabelText('Regisseur'), 'Alle regisseurs');
    await userEvent.selectOptions(screen.getByLabelText('Signaal'), 'Achterstallig');
    await screen.findByText('1 huishouden');
    expect(order()).toEqual(['Kerkstraat 12']);

    await userEvent.selectOptions(screen.getByLabelText('Signaal'), 'Alle signalen');
    await userEvent.selectOptions(screen.getByLabelText('Laatste contact'), 'In de afgelopen week');
    await screen.findByText('1 huishouden');
    expect(order()).toEqual(['Beukenplein 1']);

    await userEvent.selectOptions(screen.getByLabelText('Laatste contact'), 'Elke periode');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'dorps');
    await screen.findByText('1 huishouden');
    expect(order()).toEqual(['Dorpsweg 3']);
  });
});

describe('recording a team decision', () => {
  it('lands in the timeline and the plan, names the new regisseur and sends a to-do to the worker', async () => {
    const data = freshData();
    await logIn(data);
    const id = await overdueHousehold(data, 'Kerkstraat 12');
    renderApp(data, '/kernteam');

    await userEvent.click(await screen.findByRole('button', { name: 'Vandaag bespreken: Kerkstraat 12' }));
    await userEvent.click(await screen.findByRole('link', { name: 'Overleg starten (1)' }));
    await screen.findByText('Huishouden 1 van 1');
    await userEvent.type(await screen.findByLabelText('Wat is afgesproken?'), 'Sam belt de woningcorporatie over de huurachterstand.');
    await userEvent.type(screen.getByLabelText('Wie doet de volgende stap?'), 'Sam');
    await userEvent.type(screen.getByLabelText(/Nieuwe regisseur/), 'Sam de Vries');
    await userEvent.type(screen.getByLabelText(/Te doen voor/), 'sam');
    await userEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    // A to-do needs both who and what: nothing is recorded, and nothing typed is lost.
    expect(await screen.findByText(/zowel de gebruikersnaam als de taak/)).toBeInTheDocument();
    expect(await listDecisions(data.store, id)).toEqual([]);
    expect(screen.getByLabelText('Wat is afgesproken?')).toHaveValue('Sam belt de woningcorporatie over de huurachterstand.');

    await userEvent.type(screen.getByLabelText('Wat moet de collega doen of beantwoorden?'), 'Laat weten wat de corporatie zegt.');
    await userEvent.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(await screen.findByText('Het besluit is vastgelegd.')).toBeInTheDocument();

    const [decision] = await listDecisions(data.store, id);
    expect(decision).toMatchObject({ meetingOn: todayIso(), agreed: 'Sam belt de woningcorporatie over de huurachterstand.', todoFor: 'sam', todoDone: false });
    const action = (await listPlanActions(data.store, id)).find((a) => a.goalId === decision!.id);
    expect(action).toMatchObject({ what: decision!.agreed, whoName: 'Sam', monitor: 'Kernteam', status: 'open' });
    expect((await listHandovers(data.store, id)).map((h) => h.toName)).toEqual(['Sam de Vries']);
    expect(await screen.findByText(/Te doen voor sam: Laat weten/)).toBeInTheDocument();
    expect(screen.getByTestId('todo-state')).toHaveTextContent('Nog niet gedaan');

    // The worker (sam) sees it on the households screen and marks it done; the team sees "gedaan".
    cleanup();
    renderApp(data, '/');
    const todo = await screen.findByText('Van het kernteam: Laat weten wat de corporatie zegt.');
    expect(todo).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Gedaan: taak bij Kerkstraat 12' }));
    await expect.poll(async () => (await listDecisions(data.store, id))[0]?.todoDone).toBe(true);
    cleanup();
    renderApp(data, paths.household(id));
    expect(await screen.findByRole('heading', { name: 'Besluiten van het kernteam' })).toBeInTheDocument();
    expect(await screen.findByTestId('todo-state')).toHaveTextContent(/^Gedaan/);
  });
});

describe('conflicting decisions', () => {
  it('two decisions on one household in one meeting (two devices) are both shown, with a notice', async () => {
    const data = freshData();
    await logIn(data);
    const id = await addHousehold(data, { label: 'Kerkstraat 12' });
    await data.decisions.record(id, { meetingOn: todayIso(), agreed: 'Anna gaat langs.' }, []);
    await data.decisions.record(id, { meetingOn: todayIso(), agreed: 'Eerst bellen, dan langs.' }, []);
    renderApp(data, paths.household(id));
    expect(await screen.findByText(/twee besluiten vastgelegd/)).toBeInTheDocument();
    expect(screen.getByText('Anna gaat langs.')).toBeInTheDocument();
    expect(screen.getByText('Eerst bellen, dan langs.')).toBeInTheDocument();
  });
});
