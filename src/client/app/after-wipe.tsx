import { lazy, StrictMode, Suspense } from 'react';
import type { Root } from 'react-dom/client';
import type { DataLayer } from '../db/data-layer';
import { createApiClient } from '../sync/http';
import { sendPendingLogout } from '../sync/logout-ticket';
import { paths } from '../ui/router';
import { ServicesProvider } from '../ui/services';
import { Loading } from './ScreenBoundary';

const LoginScreen = lazy(() => import('../ui/auth/LoginScreen'));

/**
 * An offline logout's ticket goes to the server now, whenever the browser comes online again and
 * whenever the app comes back to the foreground (navigator.onLine is often wrong, so the online
 * event alone may never come), until the server has answered for it; a login sends it first too.
 * Nothing here has a database open, so the answer's Clear-Site-Data can delete the origin's
 * storage as after a logout online.
 */
function tellServerOfLogout(): void {
  const api = createApiClient();
  const send = () => void sendPendingLogout(api).catch(() => undefined); // not sent: the next of these tries again
  window.addEventListener('online', send);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && send());
  send();
}

/**
 * Right after a wipe: only the login screen with the reason, and nothing that opens IndexedDB
 * (no session read, no sync loop) until the worker logs in again: a wiped device stays empty,
 * and Chromium gets the chance to close the origin's IndexedDB store and compact away the deleted
 * values (it does so only while no connection is open; not promised, see wipe-device.ts).
 */
export function renderAfterWipe(root: Root, data: DataLayer): void {
  tellServerOfLogout();
  root.render(
    <StrictMode>
      <ServicesProvider value={{ data, sync: null, session: null, storagePersistent: null }}>
        <Suspense fallback={<Loading />}>
          <LoginScreen onDone={() => window.location.replace(paths.households())} />
        </Suspense>
      </ServicesProvider>
    </StrictMode>,
  );
}
