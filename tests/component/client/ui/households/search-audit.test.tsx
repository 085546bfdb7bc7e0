/**
 * NEN 7513: a search of the household list (and of the review list) leaves one device audit
 * entry per search, not one per keystroke, and never what was typed.
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../../src/domain';
import { addHousehold, freshData, logIn, renderApp } from '../../app/render-app';

afterEach(cleanup);

const team = { id: uuidv7(), name: 'Team Noord', role: 'medewerker' as const };

describe.each([
  ['the households list', '/'],
  ['the review list', '/kernteam'],
])('searching %s', (_, path) => {
  it('writes one search entry for a search typed letter by letter, with the team and no text', async () => {
    const data = freshData();
    await logIn(data, [team]);
    await addHousehold(data, { label: 'Kerkstraat 12' }, team.id);
    await addHousehold(data, { label: 'Dorpsweg 3' }, team.id);
    renderApp(data, path);
    const search = await screen.findByRole('searchbox', { name: 'Zoeken' });
    expect(await data.db.auditOutbox.count()).toBe(0);
    await userEvent.type(search, 'kerkstr');
    await screen.findByRole('link', { name: /Kerkstraat 12/ });
    const entries = await data.db.auditOutbox.toArray();
    expect(entries).toEqual([
      { entryId: expect.any(String), action: 'search', teamId: team.id, householdId: null, table: 'households', recordId: null, occurredAt: expect.any(String) },
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/kerk/i);
  });
});
