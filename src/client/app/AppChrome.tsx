import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { LockNowButton } from '../ui/lock/LockNowButton';
import { useOptionalLockServices } from '../ui/lock/lock-services';
import { whenIdleAfterPaint } from './after-paint';

type RenderSyncHeader = (lockButton: ReactNode) => ReactNode;

/**
 * The sync state, the account menu (ui/sync-status) and the update prompt (pwa/UpdatePrompt) are
 * not needed for the first question: their chunks load once the first header has painted, at the
 * first idle moment. Until they are there the header shows no sync state at all, never a guessed
 * one; nor can an update be waiting, as the service worker registers only after the first screen
 * (start.tsx), and the prompt reads the update's state when it comes. Kept here once loaded, so
 * the next screen's header (each screen renders its own) shows them at once.
 */
let renderSyncHeader: RenderSyncHeader | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function loadSyncHeader(): void {
  loading ??= Promise.all([import('../ui/sync-status'), import('../pwa/UpdatePrompt')]).then(
    ([{ AccountMenu, SyncStatus }, { UpdatePrompt }]) => {
      renderSyncHeader = (lockButton) => (
        <>
          <SyncStatus
            beside={
              <>
                {lockButton}
                <AccountMenu />
              </>
            }
          />
          <UpdatePrompt />
        </>
      );
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      loading = null; // the next header asks again
      console.error('Sync status failed to load', error);
    },
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * What every screen shows in its header: sync state and account in the row with the way back, the
 * update prompt (and the sync state's full sentence, when shown) underneath.
 */
export function AppChrome() {
  const lock = useOptionalLockServices();
  const render = useSyncExternalStore(subscribe, () => renderSyncHeader);
  useEffect(() => whenIdleAfterPaint(loadSyncHeader), []);
  const lockButton = lock ? <LockNowButton /> : null;
  return (
    <>
      {render ? render(lockButton) : lockButton}
    </>
  );
}
