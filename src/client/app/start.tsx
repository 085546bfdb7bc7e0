import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CONTENT_VERSION } from '../../content';
import { createDataLayer, createSealedCodec, onDeviceWiped, plainCodec } from '../db';
import { registerServiceWorker } from '../pwa';
import { registerPendingWrites } from '../ui/kit/pending-writes';
import { App } from './App';
import { deferredSync } from './deferred-sync';
import { createLockServices } from './lock-services';
import { saveBeforeUpdate } from './save-before-update';
import { requestPersistentStorage } from './storage';
import { readFirstScreen } from './first-screen';
import { preloadScreen } from './routes';
import { reloadAfterWipe } from './wipe-reload';
import { justWiped, renderAfterWipe } from './after-wipe';

/** Wire the device store, the sync loop and the update prompt, and render the app. */
export function start(root: HTMLElement): void {
  const { pathname, search } = window.location;
  if (justWiped(search)) {
    renderAfterWipe(createRoot(root), createDataLayer({ contentVersion: CONTENT_VERSION }));
    return;
  }
  const screenLoaded = preloadScreen(pathname);
  // Everything at rest sealed with the key ring's data key. The plain build exists only to prove
  // that the e2e canary probe fails without encryption (VITE_PLAIN_CODEC=1; never shipped).
  const codec = import.meta.env.VITE_PLAIN_CODEC === '1' ? plainCodec : createSealedCodec();
  const data = createDataLayer({ contentVersion: CONTENT_VERSION, codec });
  // The sync engine is not needed for the first question: it loads after the first paint.
  const sync = deferredSync(() => import('../sync/engine').then(({ createSyncEngine }) => createSyncEngine({ data, live: true })));
  // A wipe here or in another tab: reload to the login screen, dropping everything in memory.
  onDeviceWiped(reloadAfterWipe);
  // Whatever waits for pending writes (a navigation, an update, locking) waits for the store's queue too.
  registerPendingWrites({ flush: () => data.store.queue.flush() });
  const lock = createLockServices(data, sync.current);
  void readFirstScreen(data, pathname, screenLoaded).then((session) => {
    const reactRoot = createRoot(root);
    // Rendered again once the engine is there: the same tree, now with the sync state.
    const render = () =>
      reactRoot.render(
        <StrictMode>
          <App data={data} sync={sync.current()} initialSession={session} requestPersistence={requestPersistentStorage} lock={lock} />
        </StrictMode>,
      );
    render();
    // The first screen comes first: syncing and the service worker start once it has painted.
    whenIdleAfterPaint(() => {
      void sync.load().then((engine) => {
        render();
        engine.start();
        // Only in the bench's own build (vite.config.ts, mode "bench"): in the app served to workers
        // this branch and the bench's chunk do not exist, so no address can switch the hooks on.
        if (import.meta.env.MODE === 'bench' && new URLSearchParams(window.location.search).has('bench')) {
          void import('./bench').then(({ installBench }) => installBench(data, engine));
        }
      }, (error: unknown) => console.error('Sync engine failed to load', error));
      if (import.meta.env.PROD) void registerServiceWorker({ beforeUpdate: saveBeforeUpdate });
    });
  });
}

/**
 * After the first screen has painted, at the first idle moment: while the person reads the
 * screen, before they type. (A fixed delay could land in the middle of typing, and this work
 * slowed the autosaves there.) The first screen's reads are done by now (first-screen.ts), so
 * none of them queue behind it. Safari has no requestIdleCallback: a short timer there. A tab
 * in the background paints no frames: the last timer starts it anyway.
 */
function whenIdleAfterPaint(task: () => void): void {
  let done = false;
  const once = () => {
    if (!done) task();
    done = true;
  };
  requestAnimationFrame(() =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(once, { timeout: 1_000 });
      else setTimeout(once, 200);
    }),
  );
  setTimeout(once, 3_000);
}
