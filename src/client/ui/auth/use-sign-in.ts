import { useState } from 'react';
import type { LoginResponse } from '../../../domain';
import { saveSession } from '../../db';
import type { ApiClient } from '../../sync';
import { useServices } from '../services';
import { authFailureMessage } from './auth-failure';

/**
 * Post a login or setup request, store the device session it returns, and ask the sync loop
 * to start. Resolves true when signed in; else `error` says why, in Dutch.
 */
export function useSignIn(api: ApiClient, offlineText: string) {
  const { data, sync } = useServices();
  const [error, setError] = useState<string | null>(null);

  async function signIn(path: string, body: unknown): Promise<boolean> {
    setError(null);
    try {
      const response = await api.post<LoginResponse>(path, body);
      await saveSession(data.db, response);
      void sync?.syncNow(); // fetch the team's households right away
      return true;
    } catch (failure) {
      setError(authFailureMessage(failure, offlineText));
      return false;
    }
  }

  return { signIn, error };
}
