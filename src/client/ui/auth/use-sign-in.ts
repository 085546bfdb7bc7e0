import { useMemo, useState } from 'react';
import { holdLogin } from '../lock/pending-login';
// Straight from the files, not the sync index: the login screen must not pull in the sync engine.
import { createApiClient, type ApiClient } from '../../sync/http';
import { logIn, type LoginPath } from '../../sync/login';
import { useServices } from '../services';
import { authFailureMessage } from './auth-failure';
import { deviceLabel } from './device-label';
import { authTexts } from './texts';

/**
 * Log in or set up (sync/login.ts does the work) and ask the sync loop to start. Resolves true
 * when signed in; false with `error` saying why, in Dutch, or false while unlocking is first set
 * up (pending-login.ts). `api` is the page's own origin by default.
 */
export function useSignIn(api: ApiClient | undefined, offlineText: string) {
  const { data, sync } = useServices();
  const client = useMemo(() => api ?? createApiClient(), [api]);
  const [error, setError] = useState<string | null>(null);

  async function signIn(path: LoginPath, fields: object): Promise<boolean> {
    setError(null);
    try {
      const result = await logIn(data, client, { path, fields, deviceLabel: deviceLabel(navigator.userAgent, authTexts.unknownDevice) });
      if (result.kind === 'needs-unlock') {
        holdLogin(result.login);
        return false;
      }
      void sync?.syncNow(); // fetch the team's households right away
      return true;
    } catch (failure) {
      setError(authFailureMessage(failure, offlineText));
      return false;
    }
  }

  return { signIn, error };
}
