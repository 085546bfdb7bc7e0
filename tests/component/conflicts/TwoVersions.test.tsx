import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TwoVersions, joinVersions } from '../../../src/client/ui/conflicts';
import { saveAuthors } from '../../../src/client/db';
import { mapEntryId } from '../../../src/domain';
import { insertConflict, openConflicts, renderWith, setupHousehold, storedEntry } from '../map/harness';

afterEach(cleanup);

async function withConflict() {
  const { data, householdId } = await setupHousehold();
  await data.mapEntries.update(householdId, 'inkomen', { situation: 'Heeft een uitkering.' });
  const conflictId = await insertConflict(data, householdId, 'inkomen', 'situation', 'Werkt sinds maart weer.');
  const onResolved = vi.fn();
  const beforeResolve = vi.fn(async () => {});
  renderWith(
    data,
    <TwoVersions
      householdId={householdId}
      table="mapEntries"
      recordId={mapEntryId(householdId, 'inkomen')}
      field="situation"
      fieldLabel="Situatie"
      current="Heeft een uitkering."
      beforeResolve={beforeResolve}
      onResolved={onResolved}
    />,
  );
  return { data, householdId, conflictId, onResolved, beforeResolve };
}

describe('TwoVersions', () => {
  it('names who wrote the other version once the server told this device whose device it is', async () => {
    const { data } = await withConflict();
    await userEvent.click(await screen.findByRole('button', { name: 'Versies vergelijken' }));
    const region = screen.getByRole('region', { name: 'Twee versies van: Situatie' });
    expect(within(region).getByText(/^Geschreven op 3 maart 2026/)).toBeInTheDocument();
    await saveAuthors(data.db, { 'device-b': 'Bram de Vries' });
    expect(await within(region).findByText(/^Geschreven door Bram de Vries op 3 maart 2026/)).toBeInTheDocument();
  });

  it('shows both versions side by side and merges them into the field', async () => {
    const { data, householdId, onResolved, beforeResolve } = await withConflict();
    expect(await screen.findByText('Er zijn twee versies van deze tekst.')).toBeInTheDocument();
    const compare = screen.getByRole('button', { name: 'Versies vergelijken' });
    expect(compare).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(compare);

    const region = screen.getByRole('region', { name: 'Twee versies van: Situatie' });
    expect(within(region).getByText('Heeft een uitkering.')).toBeInTheDocument();
    expect(within(region).getByText('Werkt sinds maart weer.')).toBeInTheDocument();
    expect(within(region).getByText(/Geschreven op 3 maart 2026/)).toBeInTheDocument();

    await userEvent.click(within(region).getByRole('button', { name: 'Zelf samenvoegen' }));
    const merged = within(region).getByLabelText('Samengevoegde tekst');
    expect(merged).toHaveValue('Heeft een uitkering.\n\nWerkt sinds maart weer.');
    expect(merged).toHaveFocus();
    await userEvent.clear(merged);
    await userEvent.type(merged, 'Werkt sinds maart, daarvoor een uitkering.');
    await userEvent.click(within(region).getByRole('button', { name: 'Deze tekst bewaren' }));

    expect(await screen.findByText('Opgelost. De gekozen tekst staat nu in het veld.')).toBeInTheDocument();
    expect(screen.queryByText('Er zijn twee versies van deze tekst.')).not.toBeInTheDocument();
    expect((await storedEntry(data, householdId, 'inkomen'))?.situation).toBe('Werkt sinds maart, daarvoor een uitkering.');
    expect(await openConflicts(data, householdId)).toEqual([]);
    expect(beforeResolve).toHaveBeenCalledTimes(1);
    expect(onResolved).toHaveBeenCalledWith('Werkt sinds maart, daarvoor een uitkering.');
  });

  it('keeps the other version with one tap', async () => {
    const { data, householdId } = await withConflict();
    await userEvent.click(await screen.findByRole('button', { name: 'Versies vergelijken' }));
    await userEvent.click(screen.getByRole('button', { name: 'Andere versie houden' }));
    await waitFor(async () => expect(await openConflicts(data, householdId)).toEqual([]));
    expect((await storedEntry(data, householdId, 'inkomen'))?.situation).toBe('Werkt sinds maart weer.');
  });

  it('refuses a merged text that is too long, keeps it, and leaves the conflict open', async () => {
    const { data, householdId } = await withConflict();
    await userEvent.click(await screen.findByRole('button', { name: 'Versies vergelijken' }));
    await userEvent.click(screen.getByRole('button', { name: 'Zelf samenvoegen' }));
    const merged = screen.getByLabelText('Samengevoegde tekst');
    await userEvent.clear(merged);
    merged.focus();
    await userEvent.paste('x'.repeat(20_001));
    await userEvent.click(screen.getByRole('button', { name: 'Deze tekst bewaren' }));
    expect(await screen.findByText('Deze tekst is te lang: maximaal 20.000 tekens.')).toBeInTheDocument();
    expect(merged).toHaveValue('x'.repeat(20_001));
    expect(await openConflicts(data, householdId)).toHaveLength(1);
  });

  it('shows nothing for a field without conflicts', async () => {
    const { data, householdId } = await setupHousehold();
    await insertConflict(data, householdId, 'inkomen', 'causes', 'Andere tekst.');
    renderWith(
      data,
      <TwoVersions householdId={householdId} table="mapEntries" recordId={mapEntryId(householdId, 'inkomen')} field="situation" fieldLabel="Situatie" current="" />,
    );
    await waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('joinVersions', () => {
  it('puts this version first, and skips an empty or equal one', () => {
    expect(joinVersions('a', 'b')).toBe('a\n\nb');
    expect(joinVersions('  ', 'b')).toBe('b');
    expect(joinVersions('a', '')).toBe('a');
    expect(joinVersions('a', 'a')).toBe('a');
  });
});
