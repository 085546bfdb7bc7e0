// After an offline logout the device keeps only the logout ticket. A start that finds it shows the
// login page alone (nothing that opens the database) and sends the ticket: at once, and again at
// the online event when the first try found no network; then the ticket is forgotten.
import { act, screen, waitFor } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAfterWipe } from '../../../../src/client/app/after-wipe';
import { justWiped } from '../../../../src/client/app/just-wiped';
import { createDataLayer, pendingLogoutTicket } from '../../../../src/client/db';
import { CONTENT_VERSION } from '../../../../src/content/version';
import { uuidv7 } from '../../../../src/domain';

const TICKET = 'ticket-'.padEnd(43, 'x');

describe('the login page after a wipe', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('is what a start with a logout ticket shows, also without the reason in the address', () => {
    expect(justWiped('')).toBe(false);
    localStorage.setItem('voordeur.logout-ticket', TICKET);
    expect(justWiped('')).toBe(true);
  });

  it('sends the ticket at once, again when the browser comes online, and then forgets it', async () => {
    localStorage.setItem('voordeur.logout-ticket', TICKET);
    const sent: unknown[] = [];
    const fetch = vi.fn(async (_url: string, init: RequestInit) => {
      sent.push(JSON.parse(String(init.body)));
      if (sent.length === 1) throw new TypeError('Failed to fetch');
      return new Response(null, { status: 204 });
    });
    vi.stubGlobal('fetch', fetch);
    const data = createDataLayer({ name: `after-wipe-${uuidv7()}`, contentVersion: CONTENT_VERSION });
    const root = createRoot(document.body.appendChild(document.createElement('div')));

    act(() => renderAfterWipe(root, data));
    await screen.findByRole('heading', { name: 'Inloggen' });
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(pendingLogoutTicket()).toBe(TICKET);

    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(pendingLogoutTicket()).toBeNull());
    expect(sent).toEqual([{ ticket: TICKET }, { ticket: TICKET }]);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/auth/logout-ticket', '/api/auth/logout-ticket']);
    act(() => root.unmount());
  });
});
