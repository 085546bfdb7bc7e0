import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readSession, type DataLayer } from '../db';
import type { SyncEngine } from '../sync';
// Direct imports, not the kit's index: the first load must not pull in the form library.
import { PageChromeContext } from '../ui/kit/page-chrome';
import { ServicesProvider, type Services } from '../ui/services';
import { AppChrome } from './AppChrome';
import { Loading, ScreenBoundary } from './ScreenBoundary';
import { SessionGate } from './SessionGate';
import { useStoragePersistence } from './use-storage-persistence';

export interface AppProps {
  data: DataLayer;
  sync: SyncEngine | null;
  requestPersistence: () => Promise<boolean | null>;
}

/** The app around the screens: services, the header chrome, the login gate and the routes. */
export function App({ data, sync, requestPersistence }: AppProps) {
  // A live query, so logging in, switching team and a revoked device show at once.
  const session = useLiveQuery(() => readSession(data.db), [data]);
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
          <SessionGate />
        </ScreenBoundary>
      </PageChromeContext.Provider>
    </ServicesProvider>
  );
}
