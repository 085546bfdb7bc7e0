// Background Sync from the page's side: ask the browser to wake us when the network is
// back, and hear the service worker when it does. Browsers without it (Firefox, Safari)
// simply rely on the app's own online/timer sync.
import { backgroundSyncTag, isSyncRequested } from './sw-messages';

interface SyncManager {
  register(tag: string): Promise<void>;
}

/** Returns false when the browser has no Background Sync or registration failed. */
export async function requestBackgroundSync(): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  // getRegistration, not `ready`: `ready` never settles when no worker is registered (dev).
  const registration = (await navigator.serviceWorker.getRegistration()) as
    | (ServiceWorkerRegistration & { sync?: SyncManager })
    | undefined;
  if (!registration?.sync) return false;
  try {
    await registration.sync.register(backgroundSyncTag);
    return true;
  } catch {
    return false;
  }
}

/** Calls `onRequest` whenever the service worker relays a Background Sync event. */
export function onSyncRequested(onRequest: () => void): () => void {
  if (!('serviceWorker' in navigator)) return () => {};
  const listener = (event: MessageEvent) => {
    if (isSyncRequested(event.data)) onRequest();
  };
  navigator.serviceWorker.addEventListener('message', listener);
  return () => navigator.serviceWorker.removeEventListener('message', listener);
}
