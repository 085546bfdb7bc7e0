import { paths } from '../../../../src/client/ui/router';
// Issue 13, "what a worker stumbled on": each fix with a test where it can fail.
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { formatHlc, mapEntryId, uuidv7 } from '../../../../src/domain';
import { deviceClientId, getContact, listContacts, saveAuthors } from '../../../../src/client/db';
import { addHousehold, freshData, logIn, renderApp, startContact, teamA } from './render-app';

afterEach(cleanup);

describe('stumbles of issue 13', () => {
  it('a wrong channel tap: the empty contact takes over nothing and is removed in one tap', async () => {
    const { data, householdId, contactId, path } = await startContact();
    renderApp(data, paths.household(householdId));
    const open = await screen.findByRole('region', { name: 'Open punten' });
    expect(within(open).getByText('Geen open punten.')).toBeInTheDocument();
    const contacts = screen.getByRole('region', { name: 'Contactmomenten' });
    expect(within(contacts).getByRole('link', { name: /Leeg: nog niets ingevuld/ })).toBeInTheDocument();
    cleanup();

    renderApp(data, path);
    await userEvent.click(await screen.findByRole('button', { name: 'Leeg contact weghalen' }));
    await screen.findByRole('heading', { level: 1, name: 'Beukenhof 9' });
    expect(window.location.pathname).toBe(`/huishouden/${householdId}`);
    expect(await getContact(data.store, contactId)).toBeNull();
    expect(await screen.findByText('Nog geen contactmomenten.')).toBeInTheDocument();
  });

  it('a colleague opening a contact sees who wrote it and what was answered', async () => {
    const { data, contactId, path } = await startContact();
    await data.contacts.update(contactId, { 'answer.eerste-vraag': 'Het gaat wel', note: 'Bel na de vakantie' });
    await saveAuthors(data.db, { [await deviceClientId(data.db)]: 'Anna Jansen' });
    renderApp(data, path);
    expect(await screen.findByText(/Vastgelegd door Anna Jansen/)).toBeInTheDocument();
    await userEvent.click(screen.getByText('Wat er is ingevuld (2 antwoorden)'));
    expect(screen.getByText('Het gaat wel')).toBeVisible();
    expect(screen.getByText('Bel na de vakantie')).toBeVisible();
  });

  it('the households list ignores an empty contact for "laatste contact"', async () => {
    const { data } = await startContact();
    renderApp(data, '/');
    const card = await screen.findByRole('link', { name: /Beukenhof 9/ });
    expect(card).toHaveTextContent('Nog geen contact');
  });

  it('"Verder met het gesprek" opens the first open step, and "Stappen" folds away after a choice', async () => {
    const { data, contactId, path } = await startContact();
    await data.contacts.answer(contactId, 'eerste-vraag', 'Het gaat wel');
    renderApp(data, path);
    await userEvent.click(await screen.findByRole('button', { name: 'Verder met het gesprek' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Vragen aan burger zelf' })).toBeInTheDocument();
    expect(window.location.search).toBe('?stap=burger-zelf');

    const menu = screen.getByText('Stappen').closest('details')!;
    await userEvent.click(screen.getByText('Stappen'));
    expect(menu).toHaveAttribute('open');
    await userEvent.click(within(menu).getByRole('link', { name: /Planning/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Planning' })).toBeInTheDocument();
    expect(menu).not.toHaveAttribute('open');
  });

  it('open points: one unit and one wording on the list and on the household', async () => {
    const { data, contactId, householdId } = await startContact();
    await data.contacts.update(contactId, { outcome: 'binnen-geweest', 'answer.eerste-vraag': 'Moe' });
    renderApp(data, '/');
    const card = await screen.findByRole('link', { name: /Beukenhof 9/ });
    const listed = /(\d+) open punten/.exec(card.textContent ?? '')?.[1];
    expect(listed).toBeDefined();
    cleanup();

    renderApp(data, paths.household(householdId));
    const open = await screen.findByRole('region', { name: 'Open punten' });
    expect(within(open).getByText(new RegExp(`^${listed} open punten: stappen nog niet ingevuld`))).toBeInTheDocument();
    expect(within(open).getAllByRole('link')).toHaveLength(Number(listed));
  });

  it('the "twee versies" link names the subdomain, and the notice follows its own question', async () => {
    const data = freshData();
    await logIn(data);
    const householdId = await addHousehold(data, { label: 'Parklaan 21' });
    await data.mapEntries.update(householdId, 'schulden', { situation: 'Schuld bij de broer', experience: 'Zorgen' });
    await data.store.put(
      { table: 'conflicts', id: uuidv7(), teamId: teamA.id, householdId },
      {
        table: 'mapEntries',
        recordId: mapEntryId(householdId, 'schulden'),
        field: 'situation',
        text: 'Schuld bij de broer en de bank',
        losingHlc: formatHlc({ wallMs: Date.UTC(2026, 2, 3, 13, 5), counter: 0, node: 'device-b' }),
        resolved: false,
      },
    );
    renderApp(data, paths.household(householdId));
    await userEvent.click(await screen.findByRole('link', { name: 'Bekijk de twee versies bij leefgebiedenkaart: Schulden' }));
    const notice = await screen.findByText('Er zijn twee versies van deze tekst.');
    const own = screen.getByLabelText('Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.');
    const previous = screen.getByLabelText('Hoe beleeft de persoon het zelf en wat zie jij?');
    // In reading order: previous field, then this field's question, then its notice.
    expect(previous.compareDocumentPosition(own) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(own.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const next = screen.getByLabelText('Wat zijn problemen én: wat zijn mogelijkheden / wat gaat goed?');
    expect(notice.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('the storage notice says "bijwerken", as the rest of the app', async () => {
    const data = freshData();
    await logIn(data);
    renderApp(data, '/', { persistent: false });
    const notice = await screen.findByText(/Opslag is niet blijvend/);
    expect(notice.textContent).toMatch(/werk vaak bij/);
    expect(notice.textContent).not.toMatch(/synchroniseer/i);
  });

  it('an outcome tapped on the doorstep keeps the contact', async () => {
    const { data, householdId, path } = await startContact();
    renderApp(data, path);
    await screen.findByRole('button', { name: 'Leeg contact weghalen' }); // still empty
    await userEvent.click(await screen.findByRole('radio', { name: 'Niet thuis' }));
    await waitFor(async () => expect((await listContacts(data.store, householdId))[0]?.outcome).toBe('niet-thuis'));
    // The screen hears of the save a task after its commit (db/live-after-commit.ts).
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Leeg contact weghalen' })).toBeNull());
  });
});
