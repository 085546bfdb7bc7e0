import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { applyServerRecords } from '../../../src/client/db';
import { settleWrites } from '../../../src/client/ui/kit';
import { kitTexts } from '../../../src/client/ui/texts';
import { formatHlc, mapEntryId } from '../../../src/domain';
import { openConflicts, renderMap, setupHousehold, storedEntry } from '../map/harness';

afterEach(cleanup);

const SITUATION = 'Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.';

/** A household whose "huisvesting" text this device wrote and the server acknowledged. */
async function householdWithSituation(text: string) {
  const { data, householdId } = await setupHousehold();
  await data.mapEntries.update(householdId, 'huisvesting', { situation: text });
  await data.db.outbox.clear(); // sent and acknowledged
  return { data, householdId };
}

/** A colleague's newer text for the same field, as a pull brings it in. */
async function colleagueWrites(data: Awaited<ReturnType<typeof setupHousehold>>['data'], householdId: string, text: string) {
  const id = mapEntryId(householdId, 'huisvesting');
  const stored = (await data.store.read('mapEntries', id))!;
  const stamp = formatHlc({ wallMs: Date.now(), counter: 0, node: 'device-collega' });
  await applyServerRecords(data.store, [
    { ...stored, fields: { ...stored.fields, situation: text }, stamps: { ...stored.stamps, situation: stamp }, rev: stored.rev + 5 },
  ]);
}

describe('a text that changed on another device while the form was open', () => {
  it('is not overwritten unseen when it comes in while the person types: saving keeps it as "twee versies"', async () => {
    const { data, householdId } = await householdWithSituation('Woont bij zijn moeder.');
    await renderMap(data, householdId, '?onderdeel=huisvesting');
    const field = await screen.findByLabelText(SITUATION);
    expect(field).toHaveValue('Woont bij zijn moeder.');

    await userEvent.type(field, ' Zoekt');
    await settleWrites();
    await data.db.outbox.clear(); // sent and acknowledged
    // Still in the field: the colleague's text does not replace what is under the cursor.
    await colleagueWrites(data, householdId, 'Woont sinds gisteren in de opvang.');
    await userEvent.type(field, ' werk.');
    await userEvent.tab();

    expect(await screen.findByText('Er zijn twee versies van deze tekst.')).toBeInTheDocument();
    // Screen readers hear it too: it came while the screen was open.
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(`Nu ook een andere versie van: ${SITUATION}`);
    expect((await storedEntry(data, householdId, 'huisvesting'))?.situation).toBe('Woont bij zijn moeder. Zoekt werk.');
    expect((await openConflicts(data, householdId)).map((c) => c.text)).toEqual(['Woont sinds gisteren in de opvang.']);
    await userEvent.click(screen.getByRole('button', { name: 'Versies vergelijken' }));
    expect(screen.getByText('Woont sinds gisteren in de opvang.')).toBeInTheDocument();
  });

  it('leaves other fields alone: a colleague’s text in one field is no conflict for typing in another', async () => {
    const { data, householdId } = await householdWithSituation('Woont bij zijn moeder.');
    await renderMap(data, householdId, '?onderdeel=huisvesting');
    await screen.findByLabelText(SITUATION);
    await colleagueWrites(data, householdId, 'Woont sinds gisteren in de opvang.');
    const other = screen.getByLabelText('Wat zijn problemen én: wat zijn mogelijkheden / wat gaat goed?');
    await userEvent.type(other, 'Heeft een vriend die helpt.');
    await userEvent.tab();
    await waitFor(async () =>
      expect((await storedEntry(data, householdId, 'huisvesting'))?.problemsAndPossibilities).toBe('Heeft een vriend die helpt.'),
    );
    expect(await openConflicts(data, householdId)).toEqual([]);
    expect((await storedEntry(data, householdId, 'huisvesting'))?.situation).toBe('Woont sinds gisteren in de opvang.');
  });

  it('counts the form’s own earlier saves as seen: typing on in several saves is no conflict', async () => {
    const { data, householdId } = await householdWithSituation('Woont bij zijn moeder.');
    await renderMap(data, householdId, '?onderdeel=huisvesting');
    const field = await screen.findByLabelText(SITUATION);
    for (const words of [' Zoekt werk.', ' Heeft een afspraak.', ' Belt terug.']) {
      await userEvent.type(field, words);
      await userEvent.tab();
      await waitFor(async () => expect((await storedEntry(data, householdId, 'huisvesting'))?.situation).toBe((field as HTMLTextAreaElement).value));
      await userEvent.click(field);
    }
    expect((await storedEntry(data, householdId, 'huisvesting'))?.situation).toBe('Woont bij zijn moeder. Zoekt werk. Heeft een afspraak. Belt terug.');
    expect(await openConflicts(data, householdId)).toEqual([]);
  });

  it('shows up at once in a field the person is not editing, and saving on from it is no conflict', async () => {
    const { data, householdId } = await householdWithSituation('Woont bij zijn moeder.');
    await renderMap(data, householdId, '?onderdeel=huisvesting');
    const situation = await screen.findByLabelText(SITUATION);
    await colleagueWrites(data, householdId, 'Woont sinds gisteren in de opvang.');
    await waitFor(() => expect(situation).toHaveValue('Woont sinds gisteren in de opvang.'));

    await userEvent.type(situation, ' Zoekt werk.');
    await userEvent.tab();
    await waitFor(async () =>
      expect((await storedEntry(data, householdId, 'huisvesting'))?.situation).toBe('Woont sinds gisteren in de opvang. Zoekt werk.'),
    );
    expect(await openConflicts(data, householdId)).toEqual([]);
  });

  it('stays hidden while the cursor is in the field, which says a newer version waits; leaving it shows the text', async () => {
    const { data, householdId } = await householdWithSituation('Woont bij zijn moeder.');
    await renderMap(data, householdId, '?onderdeel=huisvesting');
    const field = await screen.findByLabelText(SITUATION);
    await userEvent.click(field);
    await colleagueWrites(data, householdId, 'Woont sinds gisteren in de opvang.');

    const note = await screen.findByText(kitTexts.newerVersionWaiting);
    expect(note).toHaveAttribute('role', 'status');
    expect(field).toHaveValue('Woont bij zijn moeder.');
    expect(field).toHaveFocus();
    // Only the field the text came for says so.
    expect(screen.getAllByText(kitTexts.newerVersionWaiting)).toHaveLength(1);

    await userEvent.tab();
    await waitFor(() => expect(field).toHaveValue('Woont sinds gisteren in de opvang.'));
    expect(screen.queryByText(kitTexts.newerVersionWaiting)).toBeNull();
    expect(await openConflicts(data, householdId)).toEqual([]);
  });
});
