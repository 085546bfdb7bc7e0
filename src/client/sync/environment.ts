import { onSyncRequested, requestBackgroundSync } from '../pwa/background-sync';

/** What the engine needs from the browser; tests pass their own. */
export interface SyncEnvironment {
  /** True only when the browser knows there is no network at all (navigator.onLine is false). */
  knownOffline(): boolean;
  onOnline(listener: () => void): () => void;
  /** The browser lost its network (the 'offline' event). */
  onOffline(listener: () => void): () => void;
  /** The service worker relays a Background Sync event (see pwa/sw.ts). */
  onSyncRequested(listener: () => void): () => void;
  /** Ask the browser to wake us when the network is back; false where it cannot. */
  registerBackgroundSync(): Promise<boolean>;
  /** Run `job` unless another tab is syncing (then resolve 'busy' at once). */
  exclusive<T>(job: () => Promise<T>): Promise<T | 'busy'>;
}

const LOCK_NAME = 'voordeur-sync';

function onWindowEvent(name: 'online' | 'offline', listener: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  window.addEventListener(name, listener);
  return () => window.removeEventListener(name, listener);
}

export function browserEnvironment(): SyncEnvironment {
  const hasNavigator = typeof navigator !== 'undefined';
  return {
    // onLine true proves nothing (a wifi without internet), but false is certain.
    knownOffline: () => hasNavigator && navigator.onLine === false,
    onOnline: (listener) => onWindowEvent('online', listener),
    onOffline: (listener) => onWindowEvent('offline', listener),
    onSyncRequested: (listener) => (hasNavigator ? onSyncRequested(listener) : () => {}),
    registerBackgroundSync: () => (hasNavigator ? requestBackgroundSync() : Promise.resolve(false)),
    async exclusive(job) {
      // Without Web Locks each tab syncs on its own; the server's idempotent push makes that safe.
      if (!hasNavigator || !navigator.locks) return job();
      return navigator.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => (lock ? job() : ('busy' as const)));
    },
  };
}
