import { paths } from '../../../../src/client/ui/router';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc, uuidv7 } from '../../../../src/domain';
import { getContact, getHousehold, listConflicts } from '../../../../src/client/db';
import { addHousehold, freshData, logIn, renderApp, teamA } from './render-app';

afterEach(cleanup);

async function householdWithContact() {
  const data = freshData();
  await logIn(data);
  const householdId = await addHousehold(data, { label: 'Parklaan 21', members: 'Moeder en zoon' });
  const started = await data.contacts.start(householdId, 'telefoon');
  if (!started.ok) throw new Error('not started');
  return { data, householdId, contactId: started.id };
}

describe('household timeline', () => {
  it('lists contact moments with channel and outcome, and the open questions', async () => {
    const { data, householdId, contactId } = await householdWithContact();
    await data.contacts.update(contactId, { outcome: 'gesproken', 'answer.eerste-vraag': 'Vraag over huur', planDate: '2020-01-01' });
    renderApp(data, paths.household(householdId));

    expect(await screen.findByRole('heading', { level: 1, name: 'Parklaan 21' })).toBeInTheDocument();
    // The browser's title goes to its History file: never a household's label.
    expect(document.title).toBe('Voordeur');
    // The need-to-know gate reads the handovers first: the contents follow a moment after the title.
    const contacts = await screen.findByRole('region', { name: 'Contactmomenten' });
    expect(within(contacts).getByRole('link', { name: /Telefoon.*Gesproken/ })).toBeInTheDocument();

    const open = screen.getByRole('region', { name: 'Open punten' });
    expect(within(open).getByText(/De afgesproken termijn \(1 januari 2020\) is voorbij/)).toBeInTheDocument();
    expect(within(open).getByRole('link', { name: 'Vragen aan burger zelf' })).toHaveAttribute(
      'href',
      `/huishouden/${householdId}/contact/${contactId}?stap=burger-zelf`,
    );
    expect(within(open).queryByRole('link', { name: 'De eerste vraag' })).toBeNull();
    expect(await screen.findByRole('list', { name: 'Leefgebiedenkaart: voortgang per leefgebied' })).toBeInTheDocument();
  });

  it('leads from "twee versies" to the field, where one version can be kept', async () => {
    const { data, householdId, contactId } = await householdWithContact();
    await data.contacts.answer(contactId, 'eerste-vraag', 'Hulp bij post');
    await data.store.put(
      { table: 'conflicts', id: uuidv7(), teamId: teamA.id, householdId },
      {
        table: 'contacts',
        recordId: contactId,
        field: 'answer.eerste-vraag',
        text: 'Hulp bij de post en de huur',
        losingHlc: formatHlc({ wallMs: Date.UTC(2026, 2, 3, 13, 5), counter: 0, node: 'device-b' }),
        resolved: false,
      },
    );
    renderApp(data, paths.household(householdId));

    await userEvent.click(await screen.findByRole('link', { name: 'Bekijk de twee versies bij "Wat kan ik voor u doen?"' }));
    expect(await screen.findByText('Er zijn twee versies van deze tekst.')).toBeInTheDocument();
    expect(window.location.search).toBe('?stap=eerste-vraag');
    await userEvent.click(screen.getByRole('button', { name: 'Versies vergelijken' }));
    await userEvent.click(screen.getByRole('button', { name: 'Andere versie houden' }));

    expect(await screen.findByText('Opgelost. De gekozen tekst staat nu in het veld.')).toBeInTheDocument();
    expect((await getContact(data.store, contactId))?.answers['eerste-vraag']).toBe('Hulp bij de post en de huur');
    expect(screen.getByLabelText('Wat kan ik voor u doen?')).toHaveValue('Hulp bij de post en de huur');
    expect(await listConflicts(data.store, householdId)).toEqual([]);
  });

  it('erases a household only after a clear confirmation', async () => {
    const { data, householdId } = await householdWithContact();
    renderApp(data, paths.household(householdId));
    await userEvent.click(await screen.findByRole('button', { name: 'Huishouden wissen' }));

    const dialog = screen.getByRole('dialog', { name: 'Huishouden wissen?' });
    expect(dialog).toHaveTextContent(/op de apparaten van iedereen in je team/);
    expect(within(dialog).getByRole('button', { name: 'Niet wissen' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Niet wissen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await getHousehold(data.store, householdId)).not.toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Huishouden wissen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, wis alles' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Huishoudens' })).toBeInTheDocument();
    expect(await getHousehold(data.store, householdId)).toBeNull();
  });
});
