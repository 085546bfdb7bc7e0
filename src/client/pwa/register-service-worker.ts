// Registers the service worker and turns a waiting new version into "update available".
// The new version only takes over when the user agrees (applyUpdate), and only once the app's
// pending writes have settled (beforeUpdate: the app hands it in, pwa/ knows nothing of forms).
import { setUpdateAvailable } from './update-state';

const updateCheckIntervalMs = 60 * 60 * 1000;

interface Options {
  url?: string;
  reload?: () => void;
  /** Stores what is being typed; rejects (UpdateBlocked when a field must be fixed) to keep this version. */
  beforeUpdate?: () => Promise<void>;
}

let activate: (() => void) | undefined;
let beforeReload: () => Promise<void> = async () => {};
let check: (() => void) | undefined;

export async function registerServiceWorker({
  url = '/sw.js',
  reload = () => window.location.reload(),
  beforeUpdate = async () => {},
}: Options = {}): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  beforeReload = beforeUpdate;
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
  await beforeReload();
  activate();
}
