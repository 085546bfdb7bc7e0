import { lazy, useEffect } from 'react';
import { navigate, paths, useLocation } from '../ui/router';
import { useServices } from '../ui/services';
import { screenFor } from './routes';

const LoginScreen = lazy(() => import('../ui/auth/LoginScreen'));
const SetupScreen = lazy(() => import('../ui/auth/SetupScreen'));

/**
 * Without a session on this device, every path shows the login screen; with one, the app, on the
 * path that was open. Locking, unlocking and setting up unlocking after a login are the LockGate's
 * (ui/lock/LockGate.tsx), around this gate.
 */
export function SessionGate() {
  const { session } = useServices();
  const { pathname } = useLocation();
  const onAuthPage = pathname === paths.login() || pathname === paths.setup();
  useEffect(() => {
    if (session && onAuthPage) navigate(paths.households(), { replace: true });
  }, [session, onAuthPage]);
  if (!session) {
    // The session appears through a live query after login (or after unlocking a held login).
    const onDone = () => onAuthPage && navigate(paths.households(), { replace: true });
    return pathname === paths.setup() ? <SetupScreen onDone={onDone} /> : <LoginScreen onDone={onDone} />;
  }
  return screenFor(onAuthPage ? paths.households() : pathname);
}
