import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CONTENT_VERSION } from '../../content';
import { createDataLayer } from '../db';
import { registerBeforeUpdate, registerServiceWorker } from '../pwa';
import { createSyncEngine } from '../sync';
import { flushAllAutosaves } from '../ui/kit/autosave-registry';
import { App } from './App';
import { requestPersistentStorage } from './storage';

/** Wire the device store, the sync loop and the update prompt, and render the app. */
export function start(root: HTMLElement): void {
  const data = createDataLayer({ contentVersion: CONTENT_VERSION });
  const sync = createSyncEngine({ data });
  sync.start();
  // Before an update reloads the page: store what is being typed, and wait for queued writes.
  registerBeforeUpdate(async () => {
    await flushAllAutosaves();
    await data.store.queue.flush();
  });
  if (new URLSearchParams(window.location.search).has('bench')) {
    void import('./bench').then(({ installBench }) => installBench(data, sync));
  }
  createRoot(root).render(
    <StrictMode>
      <App data={data} sync={sync} requestPersistence={requestPersistentStorage} />
    </StrictMode>,
  );
  if (import.meta.env.PROD) void registerServiceWorker();
}
