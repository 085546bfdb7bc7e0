/**
 * The team's lock settings on the device (issue 9): the `/api/me` answer of a sync pass brings
 * them, the device keeps them (so they hold offline), and the lock screen's lease and the idle
 * lock follow them — through the same `teamLockTimes` the app's lock services use.
 */
import { randomBytes } from 'node:crypto';
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { teamLockTimes } from '../../../../../src/client/app/lock-services';
import { readTeamLockSettings } from '../../../../../src/client/crypto/team-lock-settings';
import { deviceBinding } from '../../../../../src/client/crypto/wrappers/escrow';
import { saveSession, type DataLayer, type DeviceSession } from '../../../../../src/client/db';
import { unlockStore } from '../../../../../src/client/db/unlock-store';
import { saveLastSuccess } from '../../../../../src/client/sync/last-success';
import { refreshSession } from '../../../../../src/client/sync/session-refresh';
import { LockGate } from '../../../../../src/client/ui/lock/LockGate';
import { LockServicesProvider, type LockServices } from '../../../../../src/client/ui/lock/lock-services';
import type { PinMethod } from '../../../../../src/client/ui/lock/pin-method';
import { unlockFlow } from '../../../../../src/client/ui/lock/unlock-flow';
import type { MeResponse } from '../../../../../src/domain';
import { DEFAULT_TEAM_SETTINGS, type TeamSettings } from '../../../../../src/domain/team-settings';
import { freshData, renderWithServices } from '../auth/render';

const HOUR = 3_600_000;

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

const pin: PinMethod = { exists: () => true, set: async () => undefined, open: async () => Uint8Array.from(randomBytes(32)), destroy: () => undefined };

describe('team lock settings on the device', () => {
  let data: DataLayer;
  let session: DeviceSession;
  let ring: ReturnType<typeof fakeRing>;
  let clock: number;
  let services: LockServices;

  beforeEach(async () => {
    localStorage.clear();
    data = freshData();
    session = await saveSession(data.db, {
      token: 't'.repeat(43),
      user: { id: 'user-1', username: 'fatima', displayName: 'Fatima Yilmaz' },
      teams: [{ id: 'team-1', name: 'Team Noord', role: 'medewerker' }],
    });
    ring = fakeRing();
    clock = Date.now();
    const store = unlockStore(localStorage, session.user.id);
    store.saveEscrow({ kind: 'escrow', v: 1, wrapped: { v: 1, iv: 'AAAAAAAAAAAAAAAA', sealed: 'AAAA' } });
    services = {
      flowFor: ({ userId, clientId }) => unlockFlow({ store, ring, pin, binding: deviceBinding(clientId, userId), now: () => clock, leaseMs: teamLockTimes.leaseMs }),
      isUnlocked: ring.isUnlocked,
      onLockChange: ring.onLockChange,
      lock: ring.lock,
      settings: teamLockTimes.settings,
      pinAvailable: true,
      passkeyMayWork: async () => false,
      now: () => clock,
    };
  });
  afterEach(() => {
    cleanup();
    Reflect.deleteProperty(document, 'visibilityState');
    localStorage.clear();
  });

  /** A sync pass's `/api/me`, with or without the team's settings (an older server sends none). */
  async function syncMe(lock?: TeamSettings) {
    const me: MeResponse = { user: session.user, teams: session.teams, ...(lock ? { lock } : {}) };
    await refreshSession(data, { get: async <T,>() => me as T, post: async () => Promise.reject(new Error('no post')), put: async () => Promise.reject(new Error('no put')) }, session);
  }

  const renderGate = () =>
    renderWithServices(
      <LockServicesProvider value={services}>
        <LockGate>
          <h1>Familie De Vries</h1>
        </LockGate>
      </LockServicesProvider>,
      { data, session },
    );

  it("keeps the team's settings from /api/me; an answer without them keeps the last ones", async () => {
    const team = { idleMinutes: 2, backgroundGraceSeconds: 10, leaseHours: 24 };
    await syncMe(team);
    expect(readTeamLockSettings()).toEqual(team);
    await syncMe();
    expect(readTeamLockSettings()).toEqual(team);
    expect(services.settings()).toEqual({ idleMs: 2 * 60_000, backgroundGraceMs: 10_000 });
  });

  it("asks for an online login after the team's lease of one day, offline, with the period in the text", async () => {
    await syncMe({ ...DEFAULT_TEAM_SETTINGS, leaseHours: 24 });
    await saveLastSuccess(data, clock - 25 * HOUR);
    renderGate();
    expect(await screen.findByText(/meer dan 1 dag niet online/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Pincode')).not.toBeInTheDocument();
  });

  it('with the default lease of 72 hours the same device still unlocks with its PIN', async () => {
    await syncMe();
    await saveLastSuccess(data, clock - 25 * HOUR);
    renderGate();
    expect(await screen.findByLabelText('Pincode')).toBeInTheDocument();
    expect(screen.queryByText(/niet online geweest/)).not.toBeInTheDocument();
  });

  /** The page says it is in front (as on a phone's wake-up: timers do not run while it sleeps, the check is on return). */
  function visibleAgain() {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
  }

  it.each([
    ['locks after the team\'s idle time of one minute', 1, true],
    ['does not lock after one minute with the default idle time of five', 5, false],
  ])('%s', async (_, idleMinutes, locks) => {
    await syncMe({ idleMinutes, backgroundGraceSeconds: 30, leaseHours: 72 });
    await saveLastSuccess(data, clock);
    renderGate();
    await act(() => ring.unlockWith(new Uint8Array(32)));
    expect(await screen.findByRole('heading', { name: 'Familie De Vries' })).toBeInTheDocument();
    // A minute untouched (never in the background: only the idle time can lock).
    clock += 61_000;
    act(() => visibleAgain());
    if (locks) expect(await screen.findByRole('heading', { name: 'Voordeur is vergrendeld' })).toBeInTheDocument();
    else expect(ring.isUnlocked()).toBe(true);
  });
});
