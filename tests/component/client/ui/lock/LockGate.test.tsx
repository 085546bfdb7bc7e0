/**
 * The lock screen (issue 9): while locked, nothing of the data is on the screen (the screens are
 * unmounted, no header chrome with the worker's name, the title is the app's name); a wrong PIN
 * says in plain Dutch how many tries are left; after 10 the PIN is gone and recovery is offered;
 * unlocking returns to what was there.
 */
import { randomBytes } from 'node:crypto';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LOCK_SETTINGS } from '../../../../../src/client/crypto/lock-policy';
import { deviceBinding } from '../../../../../src/client/crypto/wrappers/escrow';
import type { DeviceSession } from '../../../../../src/client/db';
import { unlockStore } from '../../../../../src/client/db/unlock-store';
import { saveLastLogin, saveLastSuccess } from '../../../../../src/client/sync/last-success';
import { PageChromeContext } from '../../../../../src/client/ui/kit/page-chrome';
import { LockGate } from '../../../../../src/client/ui/lock/LockGate';
import { LockServicesProvider, type LockServices } from '../../../../../src/client/ui/lock/lock-services';
import type { PinMethod } from '../../../../../src/client/ui/lock/pin-method';
import { unlockFlow } from '../../../../../src/client/ui/lock/unlock-flow';
import { freshData, renderWithServices } from '../auth/render';

const session: DeviceSession = {
  token: 'x'.repeat(43),
  user: { id: 'user-1', username: 'fatima', displayName: 'Fatima Yilmaz' },
  teams: [{ id: 'team-1', name: 'Team Noord', role: 'medewerker' }],
  currentTeamId: 'team-1',
};

function fakeRing() {
  let unlocked = false;
  const listeners = new Set<(u: boolean) => void>();
  const set = (u: boolean) => {
    unlocked = u;
    listeners.forEach((l) => l(u));
  };
  return {
    createDataKey: () => Uint8Array.from(randomBytes(32)),
    unlockWith: async (raw: Uint8Array) => {
      raw.fill(0);
      set(true);
    },
    lock: () => set(false),
    isUnlocked: () => unlocked,
    onLockChange: (l: (u: boolean) => void) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}

function fakePin(pin: string): PinMethod {
  let exists = true;
  return {
    exists: () => exists,
    set: async () => void (exists = true),
    open: async (given) => {
      if (given !== pin) throw new Error('wrong');
      return Uint8Array.from(randomBytes(32));
    },
    destroy: () => void (exists = false),
  };
}

describe('LockGate', () => {
  let ring: ReturnType<typeof fakeRing>;
  let services: LockServices;

  beforeEach(async () => {
    localStorage.clear();
    ring = fakeRing();
    const store = unlockStore(localStorage);
    // A device that was set up: an escrow wrap (its value does not matter here) and a PIN.
    store.saveEscrow({ kind: 'escrow', v: 1, wrapped: { v: 1, iv: 'AAAAAAAAAAAAAAAA', sealed: 'AAAA' } });
    const pin = fakePin('482915');
    services = {
      flowFor: ({ userId, clientId }) => unlockFlow({ store, ring, pin, binding: deviceBinding(clientId, userId), now: () => Date.now(), leaseMs: () => 72 * 3_600_000 }),
      isUnlocked: ring.isUnlocked,
      onLockChange: ring.onLockChange,
      lock: ring.lock,
      settings: () => DEFAULT_LOCK_SETTINGS,
      pinAvailable: true,
      passkeyMayWork: async () => false,
      now: () => Date.now(),
    };
  });
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  async function renderGate() {
    const data = freshData();
    await saveLastSuccess(data, Date.now());
    document.title = 'Familie De Vries';
    return renderWithServices(
      <LockServicesProvider value={services}>
        <PageChromeContext.Provider value={<p>Ingelogd als Fatima Yilmaz</p>}>
          <LockGate>
            <main>
              <h1>Familie De Vries</h1>
              <textarea defaultValue="Schulden bij de woningcorporatie" />
            </main>
          </LockGate>
        </PageChromeContext.Provider>
      </LockServicesProvider>,
      { data, session },
    );
  }

  it('shows nothing of the data while locked, and the screen again after the right PIN', async () => {
    const { container } = await renderGate();
    expect(await screen.findByRole('heading', { name: 'Voordeur is vergrendeld' })).toBeInTheDocument();
    for (const personal of ['De Vries', 'Schulden', 'Fatima', 'Yilmaz', 'Team Noord']) expect(container.textContent).not.toContain(personal);
    expect(document.title).toBe('Voordeur');
    await userEvent.type(await screen.findByLabelText('Pincode'), '482915');
    await userEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByRole('heading', { name: 'Familie De Vries' })).toBeInTheDocument();
    ring.lock();
    expect(await screen.findByRole('heading', { name: 'Voordeur is vergrendeld' })).toBeInTheDocument();
    expect(container.textContent).not.toContain('Schulden');
  });

  it('says how many tries are left, and after 10 wrong PINs offers only recovery by login', async () => {
    await renderGate();
    const user = userEvent.setup();
    for (let i = 1; i <= 9; i += 1) {
      await user.type(await screen.findByLabelText('Pincode'), '000000');
      await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(`Je kunt het nog ${10 - i} keer proberen`));
    }
    await user.type(screen.getByLabelText('Pincode'), '000000');
    await user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByText(/te vaak fout ingevuld/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Pincode')).not.toBeInTheDocument();
    // The recovery form's code loads when it is shown.
    expect(await screen.findByRole('heading', { name: 'Inloggen om te herstellen' })).toBeInTheDocument();
    expect(localStorage.getItem('voordeur.unlock.pin-failures')).toBe('10');
  });

  /** The gate, locked, over one line of personal text, on a device whose contact times the test set. */
  function renderLockedOver(data: ReturnType<typeof freshData>) {
    renderWithServices(
      <LockServicesProvider value={services}>
        <LockGate>
          <p>Familie De Vries</p>
        </LockGate>
      </LockServicesProvider>,
      { data, session },
    );
  }

  it('unlocks with the PIN when it locks after the first login, before the first sync ended', async () => {
    const data = freshData();
    // The login reached the server; the first sync has not finished (a worker who locks at once).
    await saveLastLogin(data, Date.now());
    renderLockedOver(data);
    await userEvent.type(await screen.findByLabelText('Pincode'), '482915');
    await userEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByText('Familie De Vries')).toBeInTheDocument();
  });

  it('with what the start read for it, paints the finished lock screen in its first render, and says it asks for the PIN', async () => {
    const data = freshData();
    await saveLastSuccess(data, Date.now());
    const shown: Array<{ pin: boolean }> = [];
    services = { ...services, primed: () => ({ clientId: 'client-1', lastContact: Date.now() }), onLockScreenShown: (s) => void shown.push(s) };
    renderLockedOver(data);
    // No wait: neither the device's client id nor its last contact is read after the first render.
    expect(screen.getByRole('heading', { name: 'Voordeur is vergrendeld' })).toBeInTheDocument();
    expect(screen.getByLabelText('Pincode')).toBeInTheDocument();
    expect(shown).toEqual([{ pin: true }]);
  });

  it('primed with a lease that ran out, asks for a login at once, and not for the PIN', async () => {
    const data = freshData();
    const shown: Array<{ pin: boolean }> = [];
    services = { ...services, primed: () => ({ clientId: 'client-1', lastContact: Date.now() - 73 * 3_600_000 }), onLockScreenShown: (s) => void shown.push(s) };
    renderLockedOver(data);
    expect(screen.getByText(/meer dan 3 dagen niet online/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Pincode')).not.toBeInTheDocument();
    expect(shown).toEqual([{ pin: false }]);
  });

  it('asks for an online login when the lease ran out', async () => {
    const data = freshData();
    await saveLastSuccess(data, Date.now() - 73 * 3_600_000);
    renderLockedOver(data);
    expect(await screen.findByText(/meer dan 3 dagen niet online/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Pincode')).not.toBeInTheDocument();
    expect(await screen.findByLabelText('Wachtwoord')).toBeInTheDocument();
  });
});
