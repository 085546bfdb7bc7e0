import { lazy, useEffect } from 'react';
import { navigate, paths, useLocation } from '../ui/router';
import { useScreenMounted } from '../ui/live';
import { useServices } from '../ui/services';
import { accessFor, screenFor } from './routes';

const LoginScreen = lazy(() => import('../ui/auth/LoginScreen'));
const SetupScreen = lazy(() => import('../ui/auth/SetupScreen'));

/**
 * Without a session on this device, every path shows the login screen; with one, the app, on the
 * path that was open. Locking, unlocking and setting up unlocking after a login are the LockGate's
 * (ui/lock/LockGate.tsx), around this gate.
 */
export function SessionGate() {
  const { session, data } = useServices();
  const { pathname } = useLocation();
  const onAuthPage = pathname === paths.login() || pathname === paths.setup();
  const loggedIn = session !== null;
  // Mounted behind the lock only once unlocked: what waits for the first screen waits for this.
  useScreenMounted();
  useEffect(() => {
    if (session && onAuthPage) navigate(paths.households(), { replace: true });
  }, [session, onAuthPage]);
  // Opening a household's screen is an access the trail must show, also offline (db/access-log.ts).
  useEffect(() => {
    const event = loggedIn ? accessFor(pathname) : null;
    if (event) data.access.record(event).catch((error: unknown) => console.error('Recording an access failed', error));
  }, [loggedIn, pathname, data]);
  if (!session) {
    // The session appears through a live query after login (or after unlocking a held login).
    const onDone = () => onAuthPage && navigate(paths.households(), { replace: true });
    return pathname === paths.setup() ? <SetupScreen onDone={onDone} /> : <LoginScreen onDone={onDone} />;
  }
  return screenFor(onAuthPage ? paths.households() : pathname);
}
