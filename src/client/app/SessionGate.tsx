import { lazy } from 'react';
import { navigate, paths, useLocation } from '../ui/router';
import { useServices } from '../ui/services';
import { screenFor } from './routes';

const LoginScreen = lazy(() => import('../ui/auth/LoginScreen'));

/** Without a session on this device, every path shows the login screen; with one, the app. */
export function SessionGate() {
  const { session } = useServices();
  const { pathname } = useLocation();
  const onAuthPage = pathname === paths.login() || pathname === paths.setup();
  if (!session) {
    // The session appears through a live query after login, and the app takes over here.
    return <LoginScreen onDone={() => onAuthPage && navigate(paths.households(), { replace: true })} />;
  }
  return screenFor(onAuthPage ? paths.households() : pathname);
}
