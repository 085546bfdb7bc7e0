import { useEffect, useState, type FormEvent } from 'react';
import { PrfUnavailableError } from '../../crypto/wrappers/passkey';
import { pinProblem } from '../../crypto/wrappers/pin';
import { InputField } from '../auth/InputField';
import { Button } from '../kit';
import { useLockServices } from './lock-services';
import { lockTexts } from './texts';
import type { SecondFactor } from './unlock-flow';


export interface NewFactorProps {
  /** Wraps the key with the chosen way; rejects with PrfUnavailableError when the passkey has no PRF. */
  onChoose(factor: SecondFactor): Promise<void>;
  pinAvailable: boolean;
}

/** Choosing how to unlock: the phone's own lock (passkey with PRF) first, else a PIN. */
export function NewFactor({ onChoose, pinAvailable }: NewFactorProps) {
  const { passkeyMayWork } = useLockServices();
  const [passkey, setPasskey] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');

  useEffect(() => {
    let live = true;
    void passkeyMayWork().then((may) => live && setPasskey(may));
    return () => {
      live = false;
    };
  }, [passkeyMayWork]);

  async function choose(factor: SecondFactor) {
    setBusy(true);
    setError(null);
    try {
      await onChoose(factor);
    } catch (failure) {
      if (failure instanceof PrfUnavailableError) {
        setPasskey(false);
        setError(lockTexts.noPrf);
      } else setError(lockTexts.setupFailed);
    } finally {
      setBusy(false);
    }
  }

  function submitPin(event: FormEvent) {
    event.preventDefault();
    // The one rule for a PIN (crypto/wrappers/pin.ts): ≥ 6 digits and no run, or a passphrase of ≥ 10.
    const problem = pinProblem(pin);
    if (problem) return setError(problem === 'too-short' ? lockTexts.tooShort : lockTexts.tooSimple);
    if (pin !== again) return setError(lockTexts.pinsDiffer);
    void choose({ kind: 'pin', pin });
  }

  return (
    <section aria-labelledby="new-factor-title">
      <h2 id="new-factor-title">{lockTexts.newFactorTitle}</h2>
      {passkey ? (
        <Button className="button--big" disabled={busy} onClick={() => void choose({ kind: 'passkey' })}>
          {lockTexts.usePasskey}
        </Button>
      ) : null}
      {pinAvailable ? (
        <form onSubmit={submitPin} noValidate>
          {passkey ? <p>{lockTexts.orPin}</p> : null}
          <InputField id="new-pin" label={lockTexts.newPin} hint={lockTexts.newPinHint} type="password" autoComplete="off" inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} />
          <InputField id="new-pin-again" label={lockTexts.pinAgain} type="password" autoComplete="off" inputMode="numeric" value={again} onChange={(e) => setAgain(e.target.value)} />
          <Button type="submit" disabled={busy}>
            {busy ? lockTexts.settingUp : lockTexts.savePin}
          </Button>
        </form>
      ) : null}
      <p className="notice notice--danger" role="alert" hidden={!error}>
        {error}
      </p>
    </section>
  );
}
