import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { PageChromeContext } from '../kit/page-chrome';
import { useServices } from '../services';
import { startAutoLock } from './auto-lock';
import { LockScreen } from './LockScreen';
import { useLockServices, useUnlocked } from './lock-services';
import { usePendingLogin } from './pending-login';

/** Set-up follows a login, once per device: its code (and the PIN rules) is not on the start path. */
const UnlockSetup = lazy(() => import('./UnlockSetup').then((module) => ({ default: module.UnlockSetup })));

/**
 * Behind the login gate: the app's screens only while the data key is in memory. Locked, the
 * lock screen takes their place (they are unmounted, so nothing of the data stays in the DOM);
 * the path stays, so unlocking returns to the same screen. A device without any wrap yet is set up.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const services = useLockServices();
  const { session: stored, data } = useServices();
  // A fresh login is held in memory until a key is in memory (its names are sealed with it):
  // it is set up (or this user's key unlocked) here, and the unlock path stores it.
  const pending = usePendingLogin();
  const session = stored ?? pending;
  const [clientId, setClientId] = useState<string | null>(() => services.primed?.()?.clientId ?? null);
  useEffect(() => {
    let live = true;
    void data.device.clientId().then((id) => live && setClientId(id));
    return () => {
      live = false;
    };
  }, [data, stored, pending]);
  const unlocked = useUnlocked();
  const userId = session?.user.id ?? '';
  const flow = useMemo(() => (clientId ? services.flowFor({ userId, clientId }) : null), [services, userId, clientId]);

  useEffect(() => {
    if (!unlocked) return;
    return startAutoLock({ settings: services.settings(), now: services.now, lock: () => services.lock() });
  }, [unlocked, services]);

  if (!session) return <>{children}</>;
  if (unlocked) return <>{children}</>;
  if (!flow) return null;
  const methods = flow.methods();
  const pinAvailable = services.pinAvailable;
  // No header chrome while locked: the account menu and sync state say whose device this is and how much waits.
  return (
    <PageChromeContext.Provider value={null}>
      {!methods.passkey && !methods.pin && !methods.escrow ? (
        <Suspense fallback={null}>
          <UnlockSetup flow={flow} token={session.token} pinAvailable={pinAvailable} />
        </Suspense>
      ) : (
        <LockScreen flow={flow} username={session.user.username} />
      )}
    </PageChromeContext.Provider>
  );
}
