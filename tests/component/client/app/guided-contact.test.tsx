import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getContact } from '../../../../src/client/db';
import { settleWrites } from '../../../../src/client/ui/kit';
import { renderApp, startContact } from './render-app';

afterEach(cleanup);

const stepLink = (name: RegExp) => within(screen.getByRole('navigation', { name: 'Stappen' })).getByRole('link', { name });

describe('the guided vragenlijst', () => {
  it('shows the method’s words for the channel and autosaves the answer with an outbox mutation', async () => {
    const { data, contactId, path } = await startContact();
    renderApp(data, path);
    await userEvent.click(await screen.findByRole('button', { name: 'Gesprek starten' }));
    expect(await screen.findByText('Fijn dat ik bij u binnen mag komen')).toBeInTheDocument();
    expect(window.location.search).toBe('?stap=compliment');

    await userEvent.click(stepLink(/De eerste vraag/));
    const answer = await screen.findByLabelText('Hoe gaat het met u?');
    expect(answer).toHaveAttribute('id', 'q-eerste-vraag');
    await userEvent.type(answer, 'Het gaat wel, zegt mevrouw.');

    await expect.poll(async () => (await getContact(data.store, contactId))?.answers['eerste-vraag']).toBe('Het gaat wel, zegt mevrouw.');
    const outbox = await data.db.outbox.toArray();
    expect(outbox.some((entry) => (entry.mutation.changedFields as Record<string, unknown>)['answer.eerste-vraag'] === 'Het gaat wel, zegt mevrouw.')).toBe(true);
    expect(await screen.findByText('Opgeslagen')).toBeInTheDocument();
  });

  it('resumes at the same step with the answers after the screen is closed', async () => {
    const { data, contactId, path } = await startContact();
    const first = renderApp(data, `${path}?stap=burger-zelf`);
    await userEvent.type(await screen.findByLabelText('Wat zou u anders willen?'), 'Minder zorgen over geld');
    first.unmount(); // a closed tab: the pending change is written on the way out
    await expect.poll(async () => (await getContact(data.store, contactId))?.answers['anders-willen']).toBe('Minder zorgen over geld');

    renderApp(data, window.location.pathname + window.location.search);
    expect(await screen.findByLabelText('Wat zou u anders willen?')).toHaveValue('Minder zorgen over geld');
    expect(screen.getByRole('heading', { level: 2, name: 'Vragen aan burger zelf' })).toBeInTheDocument();
  });

  it('skips a step, shows it as open, and goes back to it', async () => {
    const { data, path } = await startContact();
    renderApp(data, `${path}?stap=eerste-vraag`);
    await screen.findByLabelText('Hoe gaat het met u?');

    await userEvent.click(screen.getByRole('button', { name: 'Overslaan' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Vragen aan burger zelf' })).toBeInTheDocument();
    expect(window.location.search).toBe('?stap=burger-zelf');
    await userEvent.type(await screen.findByLabelText('Wat zou u anders willen?'), 'Werk');
    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    await screen.findByRole('heading', { level: 2, name: /Netwerk/ });

    expect(stepLink(/De eerste vraag/)).toHaveTextContent('nog open');
    await waitFor(() => expect(stepLink(/Vragen aan burger zelf/)).toHaveTextContent('ingevuld'));
    await userEvent.click(stepLink(/De eerste vraag/));
    expect(await screen.findByLabelText('Hoe gaat het met u?')).toHaveValue('');
    expect(stepLink(/De eerste vraag/)).toHaveAttribute('aria-current', 'step');
  });

  it('refuses an over-long answer in Dutch, stores nothing of it, and keeps the text in the field', async () => {
    const { data, contactId, path } = await startContact();
    renderApp(data, `${path}?stap=eerste-vraag`);
    const answer = await screen.findByLabelText('Hoe gaat het met u?');
    const tooLong = 'a'.repeat(20_001);
    await userEvent.click(answer);
    await userEvent.paste(tooLong);
    await userEvent.tab();

    expect(await screen.findByText('Deze tekst is te lang: maximaal 20.000 tekens.')).toBeInTheDocument();
    expect(answer).toHaveValue(tooLong);
    await expect(settleWrites()).rejects.toThrow();
    expect((await getContact(data.store, contactId))?.answers['eerste-vraag']).toBeUndefined();

    // Leaving would lose the text, so the step stays until it is fixed.
    await userEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    expect(window.location.search).toBe('?stap=eerste-vraag');
  });

  it('says so when the planning term is more than two weeks after the contact', async () => {
    const { data, path } = await startContact();
    renderApp(data, `${path}?stap=planning`);
    const date = await screen.findByLabelText('Op welke termijn?');
    await userEvent.type(date, '2099-01-01');
    expect(await screen.findByText(/later dan twee weken/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Naar "Wie gaat dat bewaken?"' }));
    expect(screen.getByLabelText('Wie gaat dat bewaken?')).toHaveFocus();
  });

  it('offers the crisis step from any step', async () => {
    const { data, path } = await startContact();
    renderApp(data, `${path}?stap=netwerk`);
    await userEvent.click(await screen.findByRole('button', { name: 'Crisis: naar de crisisvragen' }));
    expect(await screen.findByText('Bij crisis of overlast gaat de GGD met politie op de melding af.')).toBeInTheDocument();
    expect(await screen.findByLabelText(/Heeft u een crisiskaart/)).toBeInTheDocument();
  });

  it('records outcome and note on the last step', async () => {
    const { data, contactId, path } = await startContact();
    renderApp(data, `${path}?stap=afronden`);
    await userEvent.type(await screen.findByLabelText('Notitie'), 'Volgende week terug.');
    await userEvent.click(screen.getByRole('radio', { name: 'Binnen geweest' }));
    await expect.poll(async () => {
      const contact = await getContact(data.store, contactId);
      return [contact?.outcome, contact?.note];
    }).toEqual(['binnen-geweest', 'Volgende week terug.']);
  });
});
