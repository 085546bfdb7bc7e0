import { paths } from '../../../src/client/ui/router';
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getContact } from '../../../src/client/db';
import { renderMap, renderWith, setUrl, setupHousehold, storedEntry } from '../map/harness';

afterEach(cleanup);

const SITUATION = 'Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.';

async function renderContact(query: string) {
  const { data, householdId } = await setupHousehold();
  const started = await data.contacts.start(householdId, 'huisbezoek');
  if (!started.ok) throw new Error('contact not started');
  const { default: ContactScreen } = await import('../../../src/client/ui/contact/ContactScreen');
  setUrl(`${paths.contact(householdId, started.id)}${query}`);
  renderWith(data, <ContactScreen householdId={householdId} contactId={started.id} />);
  return { data, householdId, contactId: started.id };
}

async function openAids(name = 'Gesprekshulp') {
  const opener = await screen.findByRole('button', { name });
  await userEvent.click(opener);
  return { opener, dialog: await screen.findByRole('dialog') };
}

describe('conversation aids', () => {
  it('open from a map subdomain and return to the same place with the typed text still there', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId, '?onderdeel=schulden');
    const field = await screen.findByLabelText(SITUATION);
    await userEvent.type(field, 'Schuld bij zijn broer.');
    const address = window.location.href;

    const { opener, dialog } = await openAids();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Geweldloze communicatie' }));
    expect(await within(dialog).findByText('Waarneming versus oordeel')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Sluiten' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.href).toBe(address);
    expect(screen.getByLabelText(SITUATION)).toHaveValue('Schuld bij zijn broer.');
    expect(opener).toHaveFocus();
    await waitFor(async () => expect((await storedEntry(data, householdId, 'schulden'))?.situation).toBe('Schuld bij zijn broer.'));
  });

  it('open from a contact step; the kind of question that worked is stored with the contact, the answer stays', async () => {
    const { data, contactId } = await renderContact('?stap=eerste-vraag');
    const answer = await screen.findByLabelText('Hoe gaat het met u?');
    await userEvent.type(answer, 'Het gaat wel.');
    const address = window.location.href;

    const { dialog } = await openAids();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Activerende vragen' }));
    const scoring = within(dialog).getByRole('listitem', { name: 'Scoringsvragen' });
    expect(within(scoring).getByText('Op een schaal van 1 tot 10: waar staat u nu?')).toBeInTheDocument();
    await userEvent.click(await within(scoring).findByRole('button', { name: /Werkte/ }));
    await waitFor(async () => expect((await getContact(data.store, contactId))?.worked).toEqual({ scoringsvragen: true }));
    await waitFor(() => expect(within(scoring).getByRole('button', { name: /Werkte/ })).toHaveAttribute('aria-pressed', 'true'));

    // Escape closes, as a native dialog does.
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.href).toBe(address);
    expect(screen.getByLabelText('Hoe gaat het met u?')).toHaveValue('Het gaat wel.');
    await waitFor(async () => expect((await getContact(data.store, contactId))?.answers['eerste-vraag']).toBe('Het gaat wel.'));
  });

  it('the relationship type: a few taps end in the type and its next step, stored with the contact', async () => {
    const { data, contactId } = await renderContact('?stap=afronden');
    const { dialog } = await openAids('Relatietype bepalen');
    await userEvent.click(within(dialog).getByRole('button', { name: /^Probleem/ }));
    expect(within(dialog).getByRole('group', { name: 'Vraag voor hulp?' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja' }));
    expect(within(dialog).getByRole('group', { name: 'Werkbare vraag?' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Nee' }));

    expect(within(dialog).getByRole('heading', { name: 'Relatietype: Zoeker (zoekende relatie)' })).toBeInTheDocument();
    expect(within(dialog).getByText(/Geef nog geen taken/)).toBeInTheDocument();
    expect(await within(dialog).findByText('Bewaard bij dit contact.')).toBeInTheDocument();
    const stored = await getContact(data.store, contactId);
    expect(stored).toMatchObject({ relationshipType: 'zoeker', relationshipConcern: 'probleem' });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Opnieuw beginnen' }));
    await userEvent.click(within(dialog).getByRole('button', { name: /^Beperking/ }));
    for (let i = 0; i < 3; i++) await userEvent.click(within(dialog).getByRole('button', { name: 'Ja' }));
    expect(within(dialog).getByRole('heading', { name: 'Relatietype: Co-expert (co-expertrelatie)' })).toBeInTheDocument();
    expect(within(dialog).getByText(/Copingvragen helpen daarbij/)).toBeInTheDocument();
    await waitFor(async () =>
      expect(await getContact(data.store, contactId)).toMatchObject({ relationshipType: 'co-expert', relationshipConcern: 'beperking' }),
    );
  });

  it('the menu holds every aid, and the app’s own explanations are marked for screen readers', async () => {
    await renderContact('');
    const { dialog } = await openAids();
    const names = within(dialog)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(
      expect.arrayContaining(['Activerende vragen', 'Geweldloze communicatie', 'Relatietype', 'Praktische tips', 'Acht bakens van Welzijn Nieuwe Stijl']),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Acht bakens van Welzijn Nieuwe Stijl' }));
    expect(within(dialog).getByText(/Welk baken hielp vandaag\?/).textContent).toMatch(/^Uitleg van Voordeur:/);
    await userEvent.click(within(dialog).getByRole('button', { name: /Alle gesprekshulp/ }));
    expect(within(dialog).getByRole('heading', { name: 'Gesprekshulp' })).toBeInTheDocument();
  });
});
