import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CONTENT_VERSION } from '../../content';
// The db modules themselves, not the barrel: see db/data-layer.ts.
import { createDataLayer } from '../db/data-layer';
import { plainCodec } from '../db/codec';
import { createSealedCodec } from '../db/sealed-codec';
import { onDeviceWiped } from '../db/wipe-device';
import { registerPendingWrites } from '../ui/kit/pending-writes';
import { App } from './App';
import { deferredSync } from './deferred-sync';
import { createLockServices, preloadPinUnlock } from './lock-services';
import { saveBeforeUpdate } from './save-before-update';
import { requestPersistentStorage } from './storage';
import { opensLocked, readFirstScreen } from './first-screen';
import { onceUnlocked, rightAfterPaint, whenIdleAfterPaint } from './after-paint';
import { whenScreenSettled } from '../ui/live/screen-settled';
import { preloadScreen } from './routes';
import { reloadAfterWipe } from './wipe-reload';
import { onLockChange } from '../crypto/key-ring';
import { justWiped } from './just-wiped';

/** Wire the device store, the sync loop and the update prompt, and render the app. */
export function start(root: HTMLElement): void {
  const { pathname, search } = window.location;
  if (justWiped(search)) {
    // Rare, and never on the way to a first question: its code (with the logout's) loads only now.
    const data = createDataLayer({ contentVersion: CONTENT_VERSION });
    void import('./after-wipe').then(
      ({ renderAfterWipe }) => renderAfterWipe(createRoot(root), data),
      (error: unknown) => console.error('The login after a wipe failed to load', error),
    );
    return;
  }
  // Everything at rest sealed with the key ring's data key. The plain build exists only to prove
  // that the e2e canary probe fails without encryption (VITE_PLAIN_CODEC=1; never shipped).
  const codec = import.meta.env.VITE_PLAIN_CODEC === '1' ? plainCodec : createSealedCodec();
  const data = createDataLayer({ contentVersion: CONTENT_VERSION, codec });
  // The sync engine is not needed for the first question: it loads after the first paint.
  const sync = deferredSync(() => import('../sync/engine').then(({ createSyncEngine }) => createSyncEngine({ data, live: true })));
  // A wipe here or in another tab: reload to the login screen, dropping everything in memory.
  onDeviceWiped(reloadAfterWipe);
  // Locked, nothing decrypted stays in memory: the store's last write holds its record's contents.
  onLockChange((unlocked) => {
    if (!unlocked) data.store.forgetDecoded();
  });
  // Whatever waits for pending writes (a navigation, an update, locking) waits for the store's queue too.
  registerPendingWrites({ flush: () => data.store.queue.flush() });
  // Opened locked, the lock screen comes first, alone: the code of the screen behind it, and the
  // PIN's own, load once the lock screen has painted, while the PIN is typed (readFirstScreen did
  // not load them).
  const lock = createLockServices(data, sync.current, ({ pin }) =>
    rightAfterPaint(() => {
      void preloadScreen(window.location.pathname);
      if (pin) preloadPinUnlock();
    }),
  );
  void readFirstScreen(data, pathname, () => preloadScreen(pathname), undefined, lock.prime).then((session) => {
    const locked = opensLocked(data, session);
    const reactRoot = createRoot(root);
    // Rendered again once the engine is there: the same tree, now with the sync state.
    const render = () =>
      reactRoot.render(
        <StrictMode>
          <App data={data} sync={sync.current()} initialSession={session} requestPersistence={requestPersistentStorage} lock={lock} />
        </StrictMode>,
      );
    render();
    // The first screen comes first: syncing and the service worker start once it has painted;
    // opened locked, once the screen behind the lock has painted with its content (the first
    // question): locked, the engine could do nothing, and an idle moment right after the unlock
    // comes while that screen's code and reads still load.
    const afterFirstScreen = (task: () => void) =>
      locked ? onceUnlocked(() => whenScreenSettled(() => whenIdleAfterPaint(task))) : whenIdleAfterPaint(task);
    afterFirstScreen(() => {
      void sync.load().then((engine) => {
        render();
        engine.start();
        // Only in the bench's own build (vite.config.ts, mode "bench"): in the app served to workers
        // this branch and the bench's chunk do not exist, so no address can switch the hooks on.
        if (import.meta.env.MODE === 'bench' && new URLSearchParams(window.location.search).has('bench')) {
          void import('./bench').then(({ installBench }) => installBench(data, engine));
        }
      }, (error: unknown) => console.error('Sync engine failed to load', error));
      if (import.meta.env.PROD) {
        void import('../pwa/register-service-worker').then(
          ({ registerServiceWorker }) => registerServiceWorker({ beforeUpdate: saveBeforeUpdate }),
          (error: unknown) => console.error('Service worker registration failed to load', error),
        );
      }
    });
  });
}
