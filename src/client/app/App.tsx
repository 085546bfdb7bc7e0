import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { DataLayer } from '../db/data-layer';
import { readSession, type DeviceSession } from '../db/session';
import type { SyncEngine } from '../sync';
// Direct imports, not the kit's index: the first load must not pull in the form library.
import { PageChromeContext } from '../ui/kit/page-chrome';
import { forgetPrimed } from '../ui/live';
import { LockGate } from '../ui/lock/LockGate';
import { LockServicesProvider, type LockServices } from '../ui/lock/lock-services';
import { ServicesProvider, type Services } from '../ui/services';
import { AppChrome } from './AppChrome';
import { Loading, ScreenBoundary } from './ScreenBoundary';
import { SessionGate } from './SessionGate';
import { useUnlocked } from '../ui/lock/use-unlocked';
import { useStoragePersistence } from './use-storage-persistence';

export interface AppProps {
  data: DataLayer;
  sync: SyncEngine | null;
  /** The session as read before the first render; undefined when not read yet. */
  initialSession?: DeviceSession | null;
  requestPersistence: () => Promise<boolean | null>;
  /** The lock (issue 9); without it (component tests of other screens) the app never locks. */
  lock?: LockServices;
}

/** The app around the screens: services, the header chrome, the login gate and the routes. */
export function App({ data, sync, initialSession, requestPersistence, lock }: AppProps) {
  // A live query, so logging in, switching team and a revoked device show at once.
  // Read again on unlock: the session's names open only then.
  const unlocked = useUnlocked();
  const session = useLiveQuery(() => readSession(data.db), [data, unlocked], initialSession);
  // The first screen has rendered with what start() read for it; later screens read fresh.
  useEffect(forgetPrimed, []);
  const storagePersistent = useStoragePersistence(requestPersistence);
  const services = useMemo<Services | null>(
    () => (session === undefined ? null : { data, sync, session, storagePersistent }),
    [data, sync, session, storagePersistent],
  );
  const chrome = useMemo(() => <AppChrome />, []);
  if (!services) return <Loading />;
  return (
    <ServicesProvider value={services}>
      <PageChromeContext.Provider value={chrome}>
        <ScreenBoundary>
          {lock ? (
            <LockServicesProvider value={lock}>
              <LockGate>
                <SessionGate />
              </LockGate>
            </LockServicesProvider>
          ) : (
            <SessionGate />
          )}
        </ScreenBoundary>
      </PageChromeContext.Provider>
    </ServicesProvider>
  );
}
