import { cleanup, screen, within } from '@testing-library/react';
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

    renderApp(data, `/huishouden/${householdId}/contact/${contactId}`);
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
    const old = renderApp(data, `/huishouden/${householdId}/contact/${contactId}?stap=burger-zelf`);
    expect(await screen.findByLabelText('Wat wilt u dat er verandert?')).toHaveValue('Een rustiger buurt.');
    expect(screen.queryByLabelText('Wat zou u anders willen?')).toBeNull();
    old.unmount();

    const fresh = await startContact();
    renderApp(fresh.data, `${fresh.path}?stap=burger-zelf`);
    expect(await screen.findByLabelText('Wat zou u anders willen?')).toHaveValue('');
  });
});
