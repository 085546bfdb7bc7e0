import { lazy, StrictMode, Suspense } from 'react';
import type { Root } from 'react-dom/client';
import type { DataLayer } from '../db';
import { wipeReasonText } from '../ui/auth/wipe-reason';
import { paths } from '../ui/router';
import { ServicesProvider } from '../ui/services';
import { Loading } from './ScreenBoundary';

const LoginScreen = lazy(() => import('../ui/auth/LoginScreen'));

/** True when this page load is the reload right after a wipe (wipe-reload.ts). */
export function justWiped(search: string): boolean {
  return wipeReasonText(new URLSearchParams(search)) !== null;
}

/**
 * Right after a wipe: only the login screen with the reason, and nothing that opens IndexedDB
 * (no session read, no sync loop) until the worker logs in again: a wiped device stays empty,
 * and Chromium gets the chance to close the origin's IndexedDB store and compact away the deleted
 * values (it does so only while no connection is open; not promised, see wipe-device.ts).
 */
export function renderAfterWipe(root: Root, data: DataLayer): void {
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
