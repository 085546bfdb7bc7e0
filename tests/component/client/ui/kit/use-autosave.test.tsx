import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as z from 'zod/mini';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushAllAutosaves, SaveIndicator, TextAnswer, ChoiceButtons, useAutosave } from '../../../../../src/client/ui/kit';
import type { WriteResult } from '../../../../../src/client/db';
import { eventually } from '../../../../support/eventually';

const schema = z.object({
  note: z.string().check(z.maxLength(10, 'Te lang: maximaal 10 tekens.')),
  mood: z.string(),
});
type Values = z.infer<typeof schema>;

function Form({ save }: { save: (changes: Partial<Values>) => Promise<WriteResult> }) {
  const autosave = useAutosave<Values>({ schema, values: { note: '', mood: '' }, save });
  return (
    <>
      <TextAnswer id="note" label="Notitie" error={autosave.error('note')} {...autosave.text('note')} />
      <ChoiceButtons
        id="mood"
        legend="Stemming"
        choices={[{ value: 'goed', label: 'Goed' }, { value: 'slecht', label: 'Slecht' }]}
        value={autosave.form.watch('mood') || undefined}
        onChoose={(value) => autosave.choose('mood', value)}
        error={autosave.error('mood')}
      />
      <SaveIndicator status={autosave.status} />
    </>
  );
}

afterEach(cleanup);

describe('useAutosave', () => {
  it('saves valid text after a pause, and at once when the field is left', async () => {
    const save = vi.fn(async () => ({ ok: true }) as WriteResult);
    render(<Form save={save} />);
    await userEvent.type(screen.getByLabelText('Notitie'), 'hallo');
    expect(save).not.toHaveBeenCalled();
    await userEvent.tab();
    await eventually(() => expect(save).toHaveBeenCalledWith({ note: 'hallo' }, { note: '' }));
    expect(await screen.findByText('Opgeslagen')).toBeInTheDocument();
  });

  it('saves after the debounce without leaving the field', async () => {
    const save = vi.fn(async () => ({ ok: true }) as WriteResult);
    render(<Form save={save} />);
    await userEvent.type(screen.getByLabelText('Notitie'), 'hoi');
    await eventually(() => expect(save).toHaveBeenCalledWith({ note: 'hoi' }, { note: '' }));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('keeps invalid input in the field with its message, and does not save it', async () => {
    const save = vi.fn(async () => ({ ok: true }) as WriteResult);
    render(<Form save={save} />);
    const field = screen.getByLabelText('Notitie');
    await userEvent.type(field, 'veel te lange tekst');
    await userEvent.tab();
    expect(await screen.findByText('Te lang: maximaal 10 tekens.')).toBeInTheDocument();
    expect(field).toHaveValue('veel te lange tekst');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(save).not.toHaveBeenCalled();
    await expect(flushAllAutosaves()).rejects.toThrow();
  });

  it('saves a choice at once', async () => {
    const save = vi.fn(async () => ({ ok: true }) as WriteResult);
    render(<Form save={save} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Goed' }));
    await eventually(() => expect(save).toHaveBeenCalledWith({ mood: 'goed' }, { mood: '' }));
    expect(screen.getByRole('radio', { name: 'Goed' })).toBeChecked();
  });

  it('shows a refused write next to the field and keeps the text', async () => {
    const save = vi.fn(async (): Promise<WriteResult> => ({ ok: false, errors: [{ field: 'note', message: 'Dit is verwijderd.' }] }));
    render(<Form save={save} />);
    await userEvent.type(screen.getByLabelText('Notitie'), 'tekst');
    await userEvent.tab();
    expect(await screen.findByText('Dit is verwijderd.')).toBeInTheDocument();
    expect(screen.getByLabelText('Notitie')).toHaveValue('tekst');
  });

  it('flushes pending text through flushAllAutosaves and when the page is hidden', async () => {
    const save = vi.fn(async () => ({ ok: true }) as WriteResult);
    render(<Form save={save} />);
    await userEvent.type(screen.getByLabelText('Notitie'), 'a');
    await act(() => flushAllAutosaves());
    expect(save).toHaveBeenCalledWith({ note: 'a' }, { note: '' });
    await userEvent.type(screen.getByLabelText('Notitie'), 'b');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await eventually(() => expect(save).toHaveBeenCalledWith({ note: 'ab' }, { note: 'a' }));
  });
});
