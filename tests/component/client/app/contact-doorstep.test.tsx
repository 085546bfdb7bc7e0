import { paths } from '../../../../src/client/ui/router';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { listContacts } from '../../../../src/client/db';
import { addHousehold, freshData, logIn, renderApp } from './render-app';

afterEach(cleanup);

describe('a doorstep contact', () => {
  it('is recorded with its outcome in three taps from the household page', async () => {
    const data = freshData();
    await logIn(data);
    const householdId = await addHousehold(data, { label: 'Lindelaan 4' });
    renderApp(data, paths.household(householdId));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('link', { name: 'Nieuw contact' })); // 1
    await user.click(await screen.findByRole('button', { name: 'Erop af na een melding' })); // 2
    await user.click(await screen.findByRole('radio', { name: 'Niet thuis' })); // 3

    await expect.poll(() => listContacts(data.store, householdId)).toEqual([
      expect.objectContaining({ channel: 'eropaf', outcome: 'niet-thuis' }),
    ]);
    expect(await screen.findByText('Opgeslagen')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Niet thuis' })).toBeChecked();

    // The rest can follow later: back on the household page the contact is listed.
    await user.click(await screen.findByRole('link', { name: 'Klaar, terug naar het huishouden' }));
    const contact = await screen.findByRole('link', { name: /Erop af na een melding/ });
    expect(contact).toHaveTextContent('Niet thuis');
  });

  it('offers only the outcomes of its channel', async () => {
    const data = freshData();
    await logIn(data);
    const householdId = await addHousehold(data, { label: 'Stationsplein 1' });
    renderApp(data, paths.newContact(householdId));
    await userEvent.click(await screen.findByRole('button', { name: 'Telefoon' }));
    expect(await screen.findByRole('radio', { name: 'Gesproken' })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Niet thuis' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Gesprek starten' })).toBeInTheDocument();
  });
});
