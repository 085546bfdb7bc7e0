import { useEffect, useState } from 'react';
import { ApiFailure, createApiClient, type ApiClient } from '../../sync';
import { createEscrowKey, releaseEscrowKey } from '../../sync/escrow-api';
import { Page } from '../kit';
import { NewFactor } from './NewFactor';
import { lockTexts } from './texts';
import type { UnlockFlow } from './unlock-flow';

export interface UnlockSetupProps {
  flow: UnlockFlow;
  token: string;
  pinAvailable: boolean;
  api?: ApiClient;
}

/**
 * Right after the first online login on a device: a new data key, an escrow key from the server
 * for recovery, and the worker's choice of passkey or PIN.
 */
export function UnlockSetup({ flow, token, pinAvailable, api }: UnlockSetupProps) {
  const [escrowKey, setEscrowKey] = useState<string | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const client = api ?? createApiClient();
    // A device that lost its local wraps but still has an escrow key gets it back (this session is fresh).
    createEscrowKey(client, token)
      .catch((failure: unknown) => {
        if (failure instanceof ApiFailure && failure.code === 'escrow-exists') return releaseEscrowKey(client, token);
        throw failure;
      })
      .then(
        (key) => live && setEscrowKey(key),
        () => live && setEscrowKey(null),
      );
    return () => {
      live = false;
    };
  }, [api, token]);

  return (
    <Page title={lockTexts.setupTitle}>
      <p>{lockTexts.setupIntro}</p>
      {escrowKey === null ? <p className="notice notice--danger">{lockTexts.noEscrowOffline}</p> : null}
      {escrowKey === undefined ? null : <NewFactor pinAvailable={pinAvailable} onChoose={(factor) => flow.setUp(escrowKey, factor)} />}
    </Page>
  );
}
