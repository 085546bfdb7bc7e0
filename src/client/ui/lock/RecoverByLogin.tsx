import { useState, type FormEvent } from 'react';
import type { LoginResponse } from '../../../domain';
import { createApiClient, type ApiClient } from '../../sync/http';
import { keepSession, postLogin } from '../../sync/login';
import { releaseEscrowKey } from '../../sync/escrow-api';
import { InputField } from '../auth/InputField';
import { deviceLabel } from '../auth/device-label';
import { authTexts } from '../auth/texts';
import { Button } from '../kit';
import { useServices } from '../services';
import { NewFactor } from './NewFactor';
import { lockTexts } from './texts';
import type { UnlockFlow } from './unlock-flow';

export interface RecoverByLoginProps {
  flow: UnlockFlow;
  username: string;
  pinAvailable: boolean;
  onBack?: () => void;
  api?: ApiClient;
}

/**
 * A fresh password login of the same user on the same device: the server gives back this
 * device's escrow key, which opens the data key kept here (so unsynced work comes back too);
 * then the worker chooses a new PIN (or the passkey). Also how the offline lease is renewed.
 */
export function RecoverByLogin({ flow, username: knownUsername, pinAvailable, onBack, api }: RecoverByLoginProps) {
  const { data } = useServices();
  // The stored session's names are sealed with the very key that is locked: while locked the
  // username is unknown (empty), and the worker types it.
  const [username, setUsername] = useState(knownUsername);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [released, setReleased] = useState<{ escrowKey: string; login: LoginResponse } | null>(null);
  const client = api ?? createApiClient();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const label = deviceLabel(navigator.userAgent, authTexts.unknownDevice);
      const login = await postLogin(data, client, { path: '/api/auth/login', fields: { username, password }, deviceLabel: label, renewTakenClientId: false });
      setReleased({ escrowKey: await releaseEscrowKey(client, login.token), login });
      setPassword('');
    } catch {
      setError(lockTexts.recoverFailed);
    } finally {
      setBusy(false);
    }
  }

  if (released) {
    return (
      <NewFactor
        pinAvailable={pinAvailable}
        onChoose={async (factor) => {
          await flow.recover(released.escrowKey, factor);
          // Unlocked now: keep the new session (its personal parts are sealed with the key).
          // postLogin noted the contact with the server, so the lease starts again.
          await keepSession(data, released.login);
        }}
      />
    );
  }
  return (
    <section aria-labelledby="recover-title">
      <h2 id="recover-title">{lockTexts.recoverTitle}</h2>
      <p>{lockTexts.recoverIntro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {knownUsername ? null : (
          <InputField id="recover-username" label={authTexts.username} autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
        )}
        <InputField id="recover-password" label={authTexts.password} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <p className="notice notice--danger" role="alert" hidden={!error}>
          {error}
        </p>
        <Button type="submit" className="button--big" disabled={busy}>
          {busy ? lockTexts.recovering : lockTexts.recoverLogin}
        </Button>
      </form>
      {onBack ? (
        <Button variant="quiet" onClick={onBack}>
          {lockTexts.backToUnlock}
        </Button>
      ) : null}
    </section>
  );
}
