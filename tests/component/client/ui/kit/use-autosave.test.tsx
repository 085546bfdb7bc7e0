import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as z from 'zod/mini';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { settleWrites, SaveIndicator, TextAnswer, ChoiceButtons, useAutosave } from '../../../../../src/client/ui/kit';
import { readDraft, type WriteResult } from '../../../../../src/client/db';
import { navigate } from '../../../../../src/client/ui/router';
import { kitTexts } from '../../../../../src/client/ui/texts';
import { eventually } from '../../../../support/eventually';
import { createDataKey, unlockWith } from '../../../../../src/client/crypto/key-ring';

const schema = z.object({
  note: z.string().check(z.maxLength(10, 'Te lang: maximaal 10 tekens.')),
  mood: z.string(),
});
type Values = z.infer<typeof schema>;

function Form({ save, draftKey }: { save: (changes: Partial<Values>) => Promise<WriteResult>; draftKey?: string }) {
  const autosave = useAutosave<Values>({ schema, values: { note: '', mood: '' }, save, draftKey });
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
    await expect(settleWrites()).rejects.toThrow();
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

  it('a write that fails says so in Dutch, keeps the draft, and does not hold a step; invalid input does', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await unlockWith(createDataKey()); // drafts are sealed with the data key
    window.history.replaceState(null, '', '/stap');
    const save = vi.fn(async (): Promise<WriteResult> => {
      throw new Error('disk full');
    });
    render(<Form save={save} draftKey="test:failing" />);
    await userEvent.type(screen.getByLabelText('Notitie'), 'tekst');
    await userEvent.tab();
    expect(await screen.findByText(kitTexts.saveFailed)).toBeInTheDocument();
    expect(readDraft('test:failing')).toEqual({ note: 'tekst' });
    expect(await navigate('/volgende', { stayIfUnsaved: true })).toBe(true);
    expect(window.location.pathname).toBe('/volgende');

    cleanup();
    render(<Form save={async () => ({ ok: true })} />);
    await userEvent.type(screen.getByLabelText('Notitie'), 'veel te lange tekst');
    await userEvent.tab();
    await screen.findByText('Te lang: maximaal 10 tekens.');
    expect(await navigate('/nog-verder', { stayIfUnsaved: true })).toBe(false);
    expect(window.location.pathname).toBe('/volgende');
  });

  it('flushes pending text through settleWrites and when the page is hidden', async () => {
    const save = vi.fn(async () => ({ ok: true }) as WriteResult);
    render(<Form save={save} />);
    await userEvent.type(screen.getByLabelText('Notitie'), 'a');
    await act(() => settleWrites());
    expect(save).toHaveBeenCalledWith({ note: 'a' }, { note: '' });
    await userEvent.type(screen.getByLabelText('Notitie'), 'b');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    await eventually(() => expect(save).toHaveBeenCalledWith({ note: 'ab' }, { note: 'a' }));
  });

  it('says "Opgeslagen" only once a write has landed, and marks the region busy meanwhile', async () => {
    let land!: (result: WriteResult) => void;
    const save = vi.fn(() => new Promise<WriteResult>((resolve) => (land = resolve)));
    render(<Form save={save} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Goed' }));
    await eventually(() => expect(save).toHaveBeenCalledTimes(1));
    const region = screen.getByRole('status');
    expect(region).toHaveTextContent('');
    expect(region).toHaveAttribute('aria-busy', 'true');
    await act(async () => land({ ok: true }));
    expect(region).toHaveTextContent('Opgeslagen');
    expect(region).not.toHaveAttribute('aria-busy');
    // A later write keeps the settled text (no new announcement) but is marked busy until it lands.
    await userEvent.click(screen.getByRole('radio', { name: 'Slecht' }));
    await eventually(() => expect(save).toHaveBeenCalledTimes(2));
    expect(region).toHaveAttribute('aria-busy', 'true');
    await act(async () => land({ ok: true }));
    expect(region).not.toHaveAttribute('aria-busy');
  });

  it('keeps a choice whose write had not landed when the page died, and stores it when the form opens again', async () => {
    await unlockWith(createDataKey());
    localStorage.clear();
    const never = vi.fn(() => new Promise<WriteResult>(() => {}));
    const { unmount } = render(<Form save={never} draftKey="contact:c1:outcome" />);
    await userEvent.click(screen.getByRole('radio', { name: 'Slecht' }));
    await eventually(() => expect(never).toHaveBeenCalledTimes(1));
    unmount(); // the write never landed: the page died (a reload, a locked phone)
    const save = vi.fn(async () => ({ ok: true }) as WriteResult);
    render(<Form save={save} draftKey="contact:c1:outcome" />);
    expect(screen.getByRole('radio', { name: 'Slecht' })).toBeChecked();
    await eventually(() => expect(save).toHaveBeenCalledWith({ mood: 'slecht' }, { mood: '' }));
    await eventually(() => expect(localStorage.length).toBe(0));
  });
});
