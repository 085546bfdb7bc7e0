// Registers the service worker and turns a waiting new version into "update available".
// The new version only takes over when the user agrees (applyUpdate), and only after the
// before-update tasks (the autosave flush) have finished.
import { Workbox } from 'workbox-window';
import { runBeforeUpdate } from './before-update';
import { setUpdateAvailable } from './update-state';

const updateCheckIntervalMs = 60 * 60 * 1000;

interface Options {
  url?: string;
  reload?: () => void;
}

let activate: (() => void) | undefined;

export async function registerServiceWorker({
  url = '/sw.js',
  reload = () => window.location.reload(),
}: Options = {}): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
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
  setInterval(() => void workbox.update(), updateCheckIntervalMs);
}

/** Saves pending input, then lets the waiting version take over and reloads. */
export async function applyUpdate(): Promise<void> {
  if (!activate) return;
  await runBeforeUpdate();
  activate();
}
