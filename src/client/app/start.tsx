import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CONTENT_VERSION } from '../../content';
import { createDataLayer } from '../db';
import { registerBeforeUpdate, registerServiceWorker } from '../pwa';
import { createSyncEngine } from '../sync';
import { flushAllAutosaves } from '../ui/kit/autosave-registry';
import { App } from './App';
import { requestPersistentStorage } from './storage';
import { readFirstScreen } from './first-screen';
import { preloadScreen } from './routes';

/** Wire the device store, the sync loop and the update prompt, and render the app. */
export function start(root: HTMLElement): void {
  const { pathname } = window.location;
  const screenLoaded = preloadScreen(pathname);
  const data = createDataLayer({ contentVersion: CONTENT_VERSION });
  const sync = createSyncEngine({ data });
  // The first screen comes first: syncing and the service worker wait until it has painted.
  afterFirstPaint(() => {
    sync.start();
    if (import.meta.env.PROD) void registerServiceWorker();
  });
  // Before an update reloads the page: store what is being typed, and wait for queued writes.
  registerBeforeUpdate(async () => {
    await flushAllAutosaves();
    await data.store.queue.flush();
  });
  if (new URLSearchParams(window.location.search).has('bench')) {
    void import('./bench').then(({ installBench }) => installBench(data, sync));
  }
  void readFirstScreen(data, pathname, screenLoaded).then((session) =>
    createRoot(root).render(
      <StrictMode>
        <App data={data} sync={sync} initialSession={session} requestPersistence={requestPersistentStorage} />
      </StrictMode>,
    ),
  );
}

/**
 * A moment after start, so the first screen's reads don't queue behind the sync's (an idle
 * callback fires too early: the main thread is idle while IndexedDB answers). Timers also run in
 * a background tab.
 */
function afterFirstPaint(task: () => void): void {
  setTimeout(task, 800);
}
