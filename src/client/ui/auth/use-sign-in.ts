import { useMemo, useState } from 'react';
import { PROTOCOL_VERSION, type LoginResponse } from '../../../domain';
import { isUnlocked } from '../../crypto/key-ring';
import { deviceClientId, isSealedCodec, renewClientId, saveSession } from '../../db';
import { holdLogin } from '../lock/pending-login';
import { ApiFailure, createApiClient, type ApiClient } from '../../sync';
import { useServices } from '../services';
import { authFailureMessage } from './auth-failure';
import { deviceLabel } from './device-label';
import { authTexts } from './texts';

/**
 * Post a login or setup request (with the protocol version and this device's label), store the
 * device session it returns, and ask the sync loop to start. Resolves true when signed in; false
 * with `error` saying why, in Dutch, or false while unlocking is first set up (pending-login.ts). `api` is the page's own origin by default.
 */
export function useSignIn(api: ApiClient | undefined, offlineText: string) {
  const { data, sync } = useServices();
  const client = useMemo(() => api ?? createApiClient(), [api]);
  const [error, setError] = useState<string | null>(null);

  async function signIn(path: string, fields: object): Promise<boolean> {
    setError(null);
    const body = {
      ...fields,
      protocolVersion: PROTOCOL_VERSION,
      deviceLabel: deviceLabel(navigator.userAgent, authTexts.unknownDevice),
    };
    // The session is bound to this device's clock node; one that another user's device session
    // holds (someone else used this device before) is replaced, once.
    const send = async (clientId: string) => client.post<LoginResponse>(path, { ...body, clientId });
    try {
      const response = await send(await deviceClientId(data.db)).catch(async (failure: unknown) => {
        if (failure instanceof ApiFailure && failure.code === 'client-id-taken') return send(await renewClientId(data.db));
        throw failure;
      });
      // With encryption at rest the session is stored only once its key is in memory (its names
      // are sealed with it): the gate sets up unlocking, or unlocks this user's key, first.
      if (isSealedCodec(data.store.codec) && !isUnlocked()) {
        holdLogin(response);
        return false;
      }
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
