// The header's list of refused changes comes from the engine's one live read of the outbox (no
// read of its own): a change of the outbox by anyone (a sync's answer, another tab) still shows,
// and a local write that changes no refusal keeps the same list (nothing re-renders for it).
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createSyncEngine, type SyncEngine } from '../../../../../src/client/sync';
import { SyncStatus } from '../../../../../src/client/ui/sync-status';
import { freshData, renderWithServices } from '../auth/render';

let engine: SyncEngine | undefined;
afterEach(() => {
  engine?.stop();
  cleanup();
});

const household = (n: number) => `0190a0a0-0000-7000-8000-00000000000${n}`;
const fields = (label: string) => ({ label, members: '', reportedBy: '', reportReason: '' });

describe('refused changes in the header', () => {
  it('follow the outbox through the engine, and stay the same list over a write that refuses nothing new', async () => {
    const data = freshData();
    // No server: every pass fails as offline; only the live count matters here.
    engine = createSyncEngine({ data, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    renderWithServices(<SyncStatus />, { data, sync: engine });
    engine.start();
    await data.households.create(household(1), fields('Kade 1'));
    await data.db.outbox.toCollection().modify({ status: 'rejected', error: 'Je hebt geen toegang tot dit gegeven.' });

    expect(await screen.findByRole('listitem')).toHaveTextContent('Huishouden: Je hebt geen toegang tot dit gegeven.');
    const listed = engine.getStatus().rejectedChanges;
    expect(listed).toHaveLength(1);

    await data.households.create(household(2), fields('Kade 2'));
    await waitFor(() => expect(engine!.getStatus().pending).toBe(1));
    expect(engine.getStatus().rejectedChanges).toBe(listed);
  });
});
