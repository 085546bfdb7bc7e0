// Registers the service worker and turns a waiting new version into "update available".
// The new version only takes over when the user agrees (applyUpdate), and only after the
// before-update tasks (the autosave flush) have finished.
import { runBeforeUpdate } from './before-update';
import { setUpdateAvailable } from './update-state';

const updateCheckIntervalMs = 60 * 60 * 1000;

interface Options {
  url?: string;
  reload?: () => void;
}

let activate: (() => void) | undefined;
let check: (() => void) | undefined;

export async function registerServiceWorker({
  url = '/sw.js',
  reload = () => window.location.reload(),
}: Options = {}): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  // Loaded here, after the first screen has painted (app/start.tsx), not with the first screen.
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox(url, { scope: '/' });
  let userAskedForUpdate = false;
  let newVersionAlreadyControls = false;

  workbox.addEventListener('waiting', () => setUpdateAvailable(true));
  workbox.addEventListener('controlling', (event) => {
    // The first install also takes control (clientsClaim); only an update needs a reload.
    if (!event.isUpdate) return;
    if (userAskedForUpdate) return reload();
    // Another tab applied the update: this tab now runs old code on a new worker.
    newVersionAlreadyControls = true;
    setUpdateAvailable(true);
  });

  activate = () => {
    if (newVersionAlreadyControls) return reload();
    userAskedForUpdate = true;
    // Sends { type: 'SKIP_WAITING' } to the waiting worker; see sw.ts.
    workbox.messageSkipWaiting();
  };

  await workbox.register();
  // Besides the hourly check: when the device has a network again, and when the worker comes
  // back to the app (a phone in a pocket all morning would otherwise wait for the hour).
  check = () => {
    if (navigator.onLine !== false) void workbox.update().catch(() => undefined);
  };
  setInterval(check, updateCheckIntervalMs);
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check?.();
  });
}

/** Look for a new version now (e.g. a screen found an answer from a newer version). */
export function checkForUpdate(): void {
  check?.();
}

/** Saves pending input, then lets the waiting version take over and reloads. */
export async function applyUpdate(): Promise<void> {
  if (!activate) return;
  await runBeforeUpdate();
  activate();
}
