import { lazy, Suspense, useEffect, useMemo, useState, type FormEvent } from 'react';
import { attemptsLeftText } from '../../crypto/pin-attempts';
import { readLastContact } from '../../sync/last-success';
import type { ApiClient } from '../../sync';
import { InputField } from '../auth/InputField';
import { Button, Page } from '../kit';
import { useServices } from '../services';
import { useLockServices } from './lock-services';
import { lockTexts } from './texts';
import type { UnlockFlow } from './unlock-flow';

/** Recovery by login is for a forgotten PIN or an expired lease: its code loads when it is shown. */
const RecoverByLogin = lazy(() => import('./RecoverByLogin').then((module) => ({ default: module.RecoverByLogin })));

/** Whether the offline lease still holds, from the last contact with the server; null when not read yet. */
function leaseFrom(flow: UnlockFlow, read: { lastContact: number | null } | null | undefined): 'ok' | 'expired' | null {
  if (!read) return null;
  return flow.needsOnlineLogin(read.lastContact) ? 'expired' : 'ok';
}

export interface LockScreenProps {
  flow: UnlockFlow;
  /** The username is not personal data about a resident; it fills the recovery login. */
  username: string;
  api?: ApiClient;
}

/**
 * Shown instead of every screen while the data key is not in memory. It shows nothing of the
 * data (the title is the app's name, no names, no counts): whoever picks up the phone sees only
 * how to unlock. The screen underneath keeps its place (the path) and what was typed (autosaved).
 */
export function LockScreen({ flow, username, api }: LockScreenProps) {
  const { data } = useServices();
  const services = useLockServices();
  const [lease, setLease] = useState<'ok' | 'expired' | null>(() => leaseFrom(flow, services.primed?.()));
  const [recovering, setRecovering] = useState(false);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const methods = useMemo(() => flow.methods(), [flow]);
  const [pinLeft, setPinLeft] = useState(() => (methods.pin ? flow.remainingPinAttempts() : 0));

  useEffect(() => {
    let live = true;
    // Unreadable counts as unknown: ask for a login rather than show an empty screen.
    void readLastContact(data)
      .catch(() => null)
      .then((at) => live && setLease(leaseFrom(flow, { lastContact: at })));
    return () => {
      live = false;
    };
  }, [data, flow]);
  const asksPin = lease === 'ok' && !recovering && methods.pin && pinLeft > 0;
  useEffect(() => {
    if (lease !== null) services.onLockScreenShown?.({ pin: asksPin });
  }, [lease, services, asksPin]);

  async function passkey() {
    setBusy(true);
    setError(null);
    try {
      await flow.withPasskey();
    } catch {
      setError(lockTexts.passkeyFailed);
    } finally {
      setBusy(false);
    }
  }

  async function submitPin(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const outcome = await flow.withPin(pin);
    setPin('');
    setBusy(false);
    if (!outcome.ok) {
      setPinLeft(outcome.remaining);
      setError(attemptsLeftText(outcome.remaining));
    }
  }

  const pinUsable = methods.pin && pinLeft > 0;
  const body = () => {
    if (lease === null) return null;
    if (lease === 'expired' || recovering || (!methods.passkey && !pinUsable)) {
      if (!methods.escrow) return <p className="notice notice--danger">{lockTexts.cannotUnlock}</p>;
      return (
        <>
          {lease === 'expired' ? <p className="notice">{lockTexts.leaseExpired(flow.leaseMs())}</p> : null}
          {!pinUsable && methods.pin ? <p className="notice notice--danger">{attemptsLeftText(0)}</p> : null}
          <Suspense fallback={null}>
            <RecoverByLogin
              flow={flow}
              username={username}
              pinAvailable={methods.pin || !methods.passkey}
              api={api}
              onBack={recovering && lease !== 'expired' ? () => setRecovering(false) : undefined}
            />
          </Suspense>
        </>
      );
    }
    return (
      <>
        <p>{lockTexts.lockedIntro}</p>
        {methods.passkey ? (
          <>
            <Button className="button--big" disabled={busy} onClick={() => void passkey()}>
              {lockTexts.withPasskey}
            </Button>
            <p className="field__hint">{lockTexts.withPasskeyHint}</p>
          </>
        ) : null}
        {pinUsable ? (
          <form onSubmit={(e) => void submitPin(e)} noValidate>
            <InputField id="unlock-pin" label={lockTexts.pin} type="password" inputMode="numeric" autoComplete="off" value={pin} onChange={(e) => setPin(e.target.value)} />
            <Button type="submit" disabled={busy || pin === ''}>
              {busy ? lockTexts.unlocking : lockTexts.unlock}
            </Button>
          </form>
        ) : null}
        <p className="notice notice--danger" role="alert" hidden={!error}>
          {error}
        </p>
        {methods.escrow ? (
          <Button variant="quiet" onClick={() => setRecovering(true)}>
            {lockTexts.forgotPin}
          </Button>
        ) : null}
      </>
    );
  };

  return <Page title={lockTexts.lockedTitle}>{body()}</Page>;
}
