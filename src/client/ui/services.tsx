import { createContext, useContext, type ReactNode } from 'react';
import type { DeviceSession, ScreenData } from '../db';
import type { SyncEngine } from '../sync/types';

/** What screens get from the composition root (src/client/app). Screens never build these. */
export interface Services {
  /** Repositories, named reads and device settings: never the Dexie database or the record store. */
  data: ScreenData;
  /** Null until the device has a session and the sync engine runs. */
  sync: SyncEngine | null;
  /** Null before login; screens behind the login gate can use useSession(). */
  session: DeviceSession | null;
  /** Whether the browser promised to keep this device's data (navigator.storage.persist); null while asking. */
  storagePersistent: boolean | null;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ value, children }: { value: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>');
  return services;
}

/** The logged-in session; only for screens behind the login gate. */
export function useSession(): DeviceSession {
  const { session } = useServices();
  if (!session) throw new Error('useSession used on a screen outside the login gate');
  return session;
}
