import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { syncTexts } from '../../../../../src/client/sync';
import { SyncStatus } from '../../../../../src/client/ui/sync-status';
import { syncStatusTexts } from '../../../../../src/client/ui/sync-status/texts';
import { freshData, renderWithServices } from '../auth/render';
import { controllableEngine } from './engine';

afterEach(cleanup);

const liveRegion = () => document.querySelector('[aria-live="polite"]');
const line = () => document.querySelector('.sync-status__line');

describe('SyncStatus', () => {
  it('says all is up to date and since when, and stays calm during the regular check', () => {
    const { engine, set } = controllableEngine({ phase: 'idle', lastSuccessAt: Date.now() - 2 * 60_000 });
    renderWithServices(<SyncStatus />, { data: freshData(), sync: engine });
    expect(line()).toHaveTextContent('Alles bijgewerkt · 2 min geleden');
    expect(liveRegion()).toHaveTextContent('Alles bijgewerkt');
    set({ phase: 'syncing' });
    expect(line()).toHaveTextContent('Alles bijgewerkt · 2 min geleden');
    set({ phase: 'idle', lastSuccessAt: Date.now() });
    expect(line()).toHaveTextContent('Alles bijgewerkt · zojuist');
  });

  it('counts the changes that wait for a connection, without chattering to screen readers', () => {
    const { engine, set } = controllableEngine({ phase: 'offline', pending: 3 });
    renderWithServices(<SyncStatus />, { data: freshData(), sync: engine });
    expect(line()).toHaveTextContent('3 wijzigingen wachten op verbinding');
    expect(liveRegion()).toHaveTextContent(syncStatusTexts.offlineAnnounced);

    set({ phase: 'syncing' });
    expect(line()).toHaveTextContent('Bezig met bijwerken…');
    expect(liveRegion()).toHaveTextContent(syncStatusTexts.offlineAnnounced);
    set({ phase: 'offline', pending: 4 });
    expect(line()).toHaveTextContent('4 wijzigingen wachten op verbinding');
    expect(liveRegion()).toHaveTextContent(syncStatusTexts.offlineAnnounced);
  });

  it('syncs on request, but not while it is already busy', async () => {
    const { engine, syncNow, set } = controllableEngine({ phase: 'error', error: syncTexts.serverError });
    renderWithServices(<SyncStatus />, { data: freshData(), sync: engine });
    expect(line()).toHaveTextContent(syncTexts.serverError);
    await userEvent.click(screen.getByRole('button', { name: 'Nu bijwerken' }));
    expect(syncNow).toHaveBeenCalledOnce();
    set({ phase: 'syncing' });
    expect(screen.getByRole('button', { name: 'Bezig met bijwerken…' })).toBeDisabled();
  });

  it('when logged out, says why and leads to the login', () => {
    const { engine } = controllableEngine({ phase: 'logged-out', error: syncTexts.deviceRevoked });
    renderWithServices(<SyncStatus />, { data: freshData(), sync: engine });
    expect(line()).toHaveTextContent(syncTexts.deviceRevoked);
    expect(screen.getByRole('link', { name: 'Inloggen' })).toHaveAttribute('href', '/inloggen');
  });

  it('lists refused changes with the reason the server gave', async () => {
    const rejectedChanges = [{ mutationId: 'm1', table: 'households', error: 'Je hebt geen toegang tot dit gegeven.' }];
    const { engine } = controllableEngine({ phase: 'idle', rejected: 1, rejectedChanges, lastSuccessAt: Date.now() });
    renderWithServices(<SyncStatus />, { data: freshData(), sync: engine });

    await userEvent.click(await screen.findByText('1 wijziging niet geaccepteerd door de server'));
    expect(screen.getByRole('listitem')).toHaveTextContent('Huishouden: Je hebt geen toegang tot dit gegeven.');
  });

  it('shows a few words in the header and the full sentence on a tap; an error without one', async () => {
    const { engine, set } = controllableEngine({ phase: 'offline', pending: 3 });
    renderWithServices(<SyncStatus />, { data: freshData(), sync: engine });
    const pill = screen.getByRole('button', { name: '3 wachten' });
    expect(line()).not.toBeVisible();
    await userEvent.click(pill);
    expect(pill).toHaveAttribute('aria-expanded', 'true');
    expect(line()).toBeVisible();
    expect(line()).toHaveTextContent('3 wijzigingen wachten op verbinding');
    await userEvent.click(pill);
    expect(line()).not.toBeVisible();

    set({ phase: 'error', error: syncTexts.serverError });
    expect(screen.queryByRole('button', { name: 'Let op' })).toBeNull();
    expect(screen.getByText('Let op')).toBeVisible();
    expect(line()).toBeVisible();
    expect(line()).toHaveTextContent(syncTexts.serverError);
  });

  it('when simply not logged in only leads to the login, but says at once why a device was logged out', () => {
    const { engine, set } = controllableEngine({ phase: 'logged-out', error: syncTexts.loggedOut });
    renderWithServices(<SyncStatus />, { data: freshData(), sync: engine });
    expect(screen.getByRole('link', { name: 'Inloggen' })).toBeVisible();
    expect(screen.queryByText('Niet ingelogd')).toBeNull();
    expect(line()).not.toBeVisible();
    set({ phase: 'logged-out', error: syncTexts.sessionEnded });
    expect(line()).toBeVisible();
    expect(line()).toHaveTextContent(syncTexts.sessionEnded);
  });

  it('says nothing about the team until it has read when it last synced (no false "niet bijgewerkt")', () => {
    const { engine } = controllableEngine({ phase: 'starting' });
    renderWithServices(<SyncStatus />, { data: freshData(), sync: engine });
    expect(screen.queryByText('Niet bijgewerkt')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Bijwerken met het team' })).toBeInTheDocument();
  });

  it('shows nothing without an engine', () => {
    const { container } = renderWithServices(<SyncStatus />, { data: freshData(), sync: null });
    expect(container).toBeEmptyDOMElement();
  });
});
