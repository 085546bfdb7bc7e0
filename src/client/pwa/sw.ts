// The service worker: serves the precached app shell so Voordeur opens without a network.
// /api is never cached: it falls through to the network, so synced data lives only in
// IndexedDB and never in a Cache Storage copy (sealing IndexedDB is still to come: DESIGN.md).
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { backgroundSyncTag, skipWaitingMessage, type ServiceWorkerMessage } from './sw-messages';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
};

// Background Sync is not in TypeScript's lib yet.
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Every page address (/?bench=1, /huishoudens/...) opens the app shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api(\/|$)/] }));

// A page opened before the first install is taken over at once, so screens it loads
// later (lazy chunks) still come from the precache when the worker goes offline.
// Updates still wait for the user: see register-service-worker.ts.
clientsClaim();

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === skipWaitingMessage.type) void self.skipWaiting();
});

// The sync itself needs the unlocked data key and the session, which live only in the
// page, so the worker just wakes the open windows. With no window open there is nothing
// to do: the app syncs on start anyway.
self.addEventListener('sync', (event) => {
  const syncEvent = event as SyncEvent;
  if (syncEvent.tag !== backgroundSyncTag) return;
  syncEvent.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const message: ServiceWorkerMessage = { type: 'SYNC_REQUESTED' };
      for (const window of windows) window.postMessage(message);
    }),
  );
});
