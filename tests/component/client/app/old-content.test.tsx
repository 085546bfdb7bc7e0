import { paths } from '../../../../src/client/ui/router';
import { act, cleanup, screen, within } from '@testing-library/react';
import { setUpdateAvailable } from '../../../../src/client/pwa/update-state';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/domain';
import { addHousehold, freshData, logIn, renderApp, startContact, teamA } from './render-app';

afterEach(cleanup);

describe('a contact made under an older content version', () => {
  it('opens, and shows answers to retired questions read-only with their old wording', async () => {
    const data = freshData();
    await logIn(data);
    const householdId = await addHousehold(data, { label: 'Oude Haven 2' });
    const contactId = uuidv7();
    const written = await data.store.put(
      { table: 'contacts', id: contactId, teamId: teamA.id, householdId },
      {
        channel: 'huisbezoek',
        startedAt: '2025-03-04T10:00:00.000Z',
        contentVersion: '2025.1',
        'answer.eerste-vraag-oud': 'Goed, de kinderen gaan weer naar school.',
        'answer.anders-willen': 'Een rustiger buurt.',
      },
    );
    expect(written).toEqual({ ok: true });

    renderApp(data, paths.contact(householdId, contactId));
    const older = await screen.findByRole('region', { name: 'Antwoorden uit een eerdere versie' });
    expect(within(older).getByText('Hoe gaat het met u en uw gezin?')).toBeInTheDocument();
    expect(within(older).getByText('Goed, de kinderen gaan weer naar school.')).toBeInTheDocument();
    expect(within(older).queryByRole('textbox')).toBeNull();
    // An answer to a question that still exists is not "older": it opens in its step.
    expect(within(older).queryByText('Een rustiger buurt.')).toBeNull();
    expect(screen.getByRole('button', { name: 'Verder met het gesprek' })).toBeInTheDocument();
  });

  it('shows an answer to a question reworded since under the wording it was given to, and a new contact under today’s', async () => {
    // Fixture: 'anders-willen' was "Wat wilt u dat er verandert?" up to the fictional 2025.1.
    const data = freshData();
    await logIn(data);
    const householdId = await addHousehold(data, { label: 'Oude Haven 2' });
    const contactId = uuidv7();
    await data.store.put(
      { table: 'contacts', id: contactId, teamId: teamA.id, householdId },
      { channel: 'huisbezoek', startedAt: '2025-03-04T10:00:00.000Z', contentVersion: '2025.1', 'answer.anders-willen': 'Een rustiger buurt.' },
    );
    const old = renderApp(data, `${paths.contact(householdId, contactId)}?stap=burger-zelf`);
    expect(await screen.findByLabelText('Wat wilt u dat er verandert?')).toHaveValue('Een rustiger buurt.');
    expect(screen.queryByLabelText('Wat zou u anders willen?')).toBeNull();
    old.unmount();

    const fresh = await startContact();
    renderApp(fresh.data, `${fresh.path}?stap=burger-zelf`);
    expect(await screen.findByLabelText('Wat zou u anders willen?')).toHaveValue('');
  });

  it('shows text typed in a question the update retired in the step where it was, read-only, marked as older', async () => {
    const data = freshData();
    await logIn(data);
    const householdId = await addHousehold(data, { label: 'Oude Haven 2' });
    const contactId = uuidv7();
    await data.store.put(
      { table: 'contacts', id: contactId, teamId: teamA.id, householdId },
      { channel: 'huisbezoek', startedAt: '2025-03-04T10:00:00.000Z', contentVersion: '2025.1', 'answer.eerste-vraag-oud': 'Het gaat beter sinds de verhuizing.' },
    );
    renderApp(data, `${paths.contact(householdId, contactId)}?stap=eerste-vraag`);
    const kept = await screen.findByRole('region', { name: 'Uit een oudere versie van de app' });
    expect(within(kept).getByText('Hoe gaat het met u en uw gezin?')).toBeInTheDocument();
    expect(within(kept).getByText('Het gaat beter sinds de verhuizing.')).toBeInTheDocument();
    expect(within(kept).queryByRole('textbox')).toBeNull();
    // The step's current question is there as ever, beside it.
    expect(screen.getByLabelText('Hoe gaat het met u?')).toHaveValue('');
  });

  it('shows an answer to a question only a newer version has as such, with the answer, and offers the update', async () => {
    const data = freshData();
    await logIn(data);
    const householdId = await addHousehold(data, { label: 'Nieuwe Haven 3' });
    const contactId = uuidv7();
    await data.store.put(
      { table: 'contacts', id: contactId, teamId: teamA.id, householdId },
      { channel: 'huisbezoek', startedAt: '2026-03-04T10:00:00.000Z', contentVersion: '2026.2', 'answer.eerst-anders-zien': 'Dat de buren weer groeten.' },
    );
    renderApp(data, paths.contact(householdId, contactId));
    const newer = await screen.findByRole('region', { name: 'Antwoorden uit een nieuwere versie van de app' });
    expect(within(newer).getByText('Vraag uit een nieuwere versie van de app')).toBeInTheDocument();
    expect(within(newer).getByText('Dat de buren weer groeten.')).toBeInTheDocument();
    expect(screen.queryByText('eerst-anders-zien')).toBeNull();
    expect(within(newer).getByText(/Werk de app bij om deze vraag te zien/)).toBeInTheDocument();

    act(() => setUpdateAvailable(true));
    try {
      expect(within(newer).getByRole('button', { name: 'Nieuwe versie laden' })).toBeInTheDocument();
    } finally {
      act(() => setUpdateAvailable(false));
    }
  });
});
