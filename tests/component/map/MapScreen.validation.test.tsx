import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mapFormSchema } from '../../../src/client/ui/map/form-values';
import { renderMap, setupHousehold, storedEntry } from './harness';

afterEach(cleanup);

const CAUSES = 'Wat maakt dat de situatie zo is?';
const TOO_LONG = 'Deze tekst is te lang: maximaal 20.000 tekens.';

describe('MapScreen: validation', () => {
  it('offers only the scores 1 to 10 and "nog geen cijfer"', async () => {
    const { data, householdId } = await setupHousehold();
    await renderMap(data, householdId, '?onderdeel=dagbesteding');
    const worker = await screen.findByRole('group', { name: /Cijfer van de werker/ });
    const options = within(worker).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    expect(options).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', 'Nog geen cijfer']);
  });

  it('refuses a score outside 1 to 10 in the form and in the store, in Dutch', async () => {
    const base = { experience: '', situation: '', problemsAndPossibilities: '', causes: '', scoreResident: '', scoreWorker: '' };
    const message = (scoreResident: string) => {
      const parsed = mapFormSchema.safeParse({ ...base, scoreResident });
      return parsed.success ? 'ok' : parsed.error.issues[0]?.message;
    };
    expect(message('11')).toBe('Het cijfer is maximaal 10.');
    expect(message('0')).toBe('Het cijfer is minimaal 1.');
    expect(message('7.5')).toBe('Vul een heel cijfer in.');
    expect(message('zeven')).toBe('Vul een cijfer van 1 tot en met 10 in.');
    expect(message('10')).toBe('ok');
    expect(message('')).toBe('ok');

    const { data, householdId } = await setupHousehold();
    expect(await data.mapEntries.update(householdId, 'inkomen', { scoreWorker: 11 })).toEqual({
      ok: false,
      errors: [{ field: 'scoreWorker', message: 'Het cijfer is maximaal 10.' }],
    });
  });

  it('keeps a too long text with its message, does not store it, and does not leave it behind', async () => {
    const { data, householdId } = await setupHousehold();
    await data.mapEntries.update(householdId, 'huisvesting', { causes: 'Te klein.' });
    await renderMap(data, householdId, '?onderdeel=huisvesting');
    const field = await screen.findByLabelText(CAUSES);
    await userEvent.click(field);
    await userEvent.paste('x'.repeat(20_000));
    await userEvent.tab();

    expect(await screen.findByText(TOO_LONG)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveValue(`Te klein.${'x'.repeat(20_000)}`);
    expect((await storedEntry(data, householdId, 'huisvesting'))?.causes).toBe('Te klein.');

    await userEvent.click(screen.getByRole('link', { name: 'Terug naar het overzicht' }));
    expect(await screen.findByText('Niet alles is opgeslagen: een veld bevat nog een fout.')).toBeInTheDocument();
    expect(window.location.search).toBe('?onderdeel=huisvesting');
    expect(field).toBeInTheDocument();

    await userEvent.clear(field);
    await userEvent.type(field, 'Te klein voor vier.');
    await userEvent.tab();
    await waitFor(async () => expect((await storedEntry(data, householdId, 'huisvesting'))?.causes).toBe('Te klein voor vier.'));
    expect(screen.queryByText(TOO_LONG)).not.toBeInTheDocument();
  });
});
