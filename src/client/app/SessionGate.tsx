import { lazy, useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { hasWrappedKey, isSealedCodec, saveSession } from '../db';
import { usePendingLogin, holdLogin } from '../ui/lock/pending-login';
import { useUnlocked } from '../ui/lock/use-unlocked';
import { navigate, paths, useLocation } from '../ui/router';
import { useServices } from '../ui/services';
import { Loading } from './ScreenBoundary';
import { accessFor, screenFor } from './routes';

const LoginScreen = lazy(() => import('../ui/auth/LoginScreen'));
const SetupScreen = lazy(() => import('../ui/auth/SetupScreen'));
const SetupUnlockScreen = lazy(() => import('../ui/lock/SetupUnlockScreen'));
const LockScreen = lazy(() => import('../ui/lock/LockScreen'));

/**
 * Without a session on this device, every path shows the login screen; a fresh login sets up
 * unlocking first; with a session but locked, the lock screen (nothing of the data shows); then
 * the app, on the path that was open.
 */
export function SessionGate() {
  const { session, data, sync } = useServices();
  const { pathname } = useLocation();
  const pending = usePendingLogin();
  const unlocked = useUnlocked();
  const needsKey = isSealedCodec(data.store.codec);
  const userId = (session ?? pending)?.user.id;
  const hasKey = useLiveQuery(async () => (userId ? hasWrappedKey(data.db, userId) : false), [data, userId]);
  const onAuthPage = pathname === paths.login() || pathname === paths.setup();
  const loggedIn = session !== null;
  useEffect(() => {
    if (session && onAuthPage) navigate(paths.households(), { replace: true });
  }, [session, onAuthPage]);
  // Opening a household's screen is an access the trail must show, also offline (db/access-log.ts).
  useEffect(() => {
    const event = loggedIn ? accessFor(pathname) : null;
    if (event) data.access.record(event).catch((error: unknown) => console.error('Recording an access failed', error));
  }, [loggedIn, pathname, data]);
  const toApp = () => {
    if (onAuthPage) navigate(paths.households(), { replace: true });
    void sync?.syncNow(); // fetch the team's households right away
  };
  if (!session) {
    if (pending && needsKey) {
      if (hasKey === undefined) return <Loading />;
      const done = async () => {
        holdLogin(null);
        toApp();
      };
      // This user's key is here already (logged in again): unlock it, then store the session.
      const unlocked = () => void saveSession(data.db, pending).then(done);
      return hasKey ? <LockScreen userId={pending.user.id} onUnlocked={unlocked} /> : <SetupUnlockScreen userId={pending.user.id} login={pending} onDone={done} />;
    }
    // The session appears through a live query after login, and the app takes over here.
    const onDone = () => onAuthPage && navigate(paths.households(), { replace: true });
    return pathname === paths.setup() ? <SetupScreen onDone={onDone} /> : <LoginScreen onDone={onDone} />;
  }
  if (needsKey && !unlocked) {
    if (hasKey === undefined) return <Loading />;
    // A session without a key: a device from before encryption at rest sets up its PIN now.
    return hasKey ? <LockScreen userId={session.user.id} /> : <SetupUnlockScreen userId={session.user.id} login={null} onDone={toApp} />;
  }
  return screenFor(onAuthPage ? paths.households() : pathname);
}
