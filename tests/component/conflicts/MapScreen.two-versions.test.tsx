import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mapEntryHref } from '../../../src/client/ui/map/map-url';
import { mapEntryId } from '../../../src/domain';
import { insertConflict, openConflicts, renderMap, setupHousehold, storedEntry } from '../map/harness';

afterEach(cleanup);

const SITUATION = 'Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.';

describe('Twee versies in the map', () => {
  it('shows the notice after its own field; merging puts the text in the field and resolves the conflict', async () => {
    const { data, householdId } = await setupHousehold();
    await data.mapEntries.update(householdId, 'huisvesting', { situation: 'Woont bij zijn moeder.' });
    await insertConflict(data, householdId, 'huisvesting', 'situation', 'Zoekt een kamer.');
    await renderMap(data, householdId, '?onderdeel=huisvesting');

    const field = await screen.findByLabelText(SITUATION);
    const notice = await screen.findByText('Er zijn twee versies van deze tekst.');
    // With its own question: after the field it belongs to, not above it under the previous one.
    expect(field.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // There when the screen opened: shown, not announced as news.
    expect(screen.getAllByRole('status').map((s) => s.textContent)).not.toContain(`Nu ook een andere versie van: ${SITUATION}`);

    await userEvent.click(screen.getByRole('button', { name: 'Versies vergelijken' }));
    await userEvent.click(screen.getByRole('button', { name: 'Zelf samenvoegen' }));
    await userEvent.type(screen.getByLabelText('Samengevoegde tekst'), ' Heeft nog niets gevonden.');
    await userEvent.click(screen.getByRole('button', { name: 'Deze tekst bewaren' }));

    const merged = 'Woont bij zijn moeder.\n\nZoekt een kamer. Heeft nog niets gevonden.';
    await waitFor(() => expect(field).toHaveValue(merged));
    await waitFor(() => expect(screen.queryByText('Er zijn twee versies van deze tekst.')).not.toBeInTheDocument());
    expect((await storedEntry(data, householdId, 'huisvesting'))?.situation).toBe(merged);
    expect(await openConflicts(data, householdId)).toEqual([]);

    // Typing on afterwards goes on from the merged text.
    await userEvent.type(field, ' Klopt.');
    await userEvent.tab();
    await waitFor(async () => expect((await storedEntry(data, householdId, 'huisvesting'))?.situation).toBe(`${merged} Klopt.`));
    // The merged text counts as seen: typing on from it is no new "twee versies".
    expect(await openConflicts(data, householdId)).toEqual([]);
  });

  it('compares with what is typed but not yet saved', async () => {
    const { data, householdId } = await setupHousehold();
    await data.mapEntries.update(householdId, 'huisvesting', { situation: 'Oud.' });
    await insertConflict(data, householdId, 'huisvesting', 'situation', 'Van het andere apparaat.');
    await renderMap(data, householdId, '?onderdeel=huisvesting');
    const field = await screen.findByLabelText(SITUATION);
    await userEvent.type(field, ' Nieuw.');
    await userEvent.click(await screen.findByRole('button', { name: 'Versies vergelijken' }));
    expect(screen.getByText('Oud. Nieuw.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Deze versie houden' }));
    await waitFor(async () => expect(await openConflicts(data, householdId)).toEqual([]));
    expect((await storedEntry(data, householdId, 'huisvesting'))?.situation).toBe('Oud. Nieuw.');
    expect(field).toHaveValue('Oud. Nieuw.');
  });

  it('marks the subdomain in the overview, and links a conflict to its subdomain', async () => {
    const { data, householdId } = await setupHousehold();
    await data.mapEntries.update(householdId, 'schulden', { causes: 'Baan kwijt.' });
    await insertConflict(data, householdId, 'schulden', 'causes', 'Ziek geworden.');
    await renderMap(data, householdId);
    const card = await screen.findByRole('link', { name: /Schulden/ });
    await waitFor(() => expect(card).toHaveTextContent('Er zijn twee versies van een tekst.'));
    expect(screen.getByRole('link', { name: /Inkomen/ })).not.toHaveTextContent('twee versies');
    expect(mapEntryHref(householdId, mapEntryId(householdId, 'schulden'))).toBe(`/huishouden/${householdId}/kaart?onderdeel=schulden`);
  });
});
