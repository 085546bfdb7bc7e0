// The vocabulary shared by the service worker (sw.ts) and the page.

/** Background Sync tag; the service worker answers it with a SYNC_REQUESTED message. */
export const backgroundSyncTag = 'voordeur-sync';

export const skipWaitingMessage = { type: 'SKIP_WAITING' } as const;

export type ServiceWorkerMessage = { type: 'SYNC_REQUESTED' };

export function isSyncRequested(data: unknown): data is ServiceWorkerMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SYNC_REQUESTED';
}
