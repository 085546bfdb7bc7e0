import { useState, type FormEvent } from 'react';
import type { LoginResponse } from '../../../domain';
import { pinProblem } from '../../crypto/wrappers/pin';
import { Button } from '../kit/Button';
import { Page } from '../kit/Page';
import { useServices } from '../services';
import { PinField } from './PinField';
import { lockTexts as t } from './texts';
import { setUpPin } from './unlock-flow';

export interface SetupUnlockScreenProps {
  userId: string;
  /** The login being completed; null when the session is already on the device. */
  login: LoginResponse | null;
  onDone(): void;
}

/** "Ontgrendelen instellen": after the first online login on a device, a PIN wraps the new data key. */
export default function SetupUnlockScreen({ userId, login, onDone }: SetupUnlockScreenProps) {
  const { data } = useServices();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<{ field: 'pin' | 'again' | 'form'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = pinProblem(pin);
    if (problem) return setError({ field: 'pin', text: problem === 'too-short' ? t.tooShort : t.tooSimple });
    if (pin !== again) return setError({ field: 'again', text: t.pinsDiffer });
    setError(null);
    setBusy(true);
    try {
      await setUpPin(data, userId, pin, login);
      onDone();
    } catch (failure) {
      console.error('Setting up the PIN failed', failure instanceof Error ? failure.name : 'unknown');
      setError({ field: 'form', text: t.failed });
      setBusy(false);
    }
  }

  return (
    <Page title={t.setupTitle}>
      <p>{t.setupIntro}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PinField id="unlock-new-pin" label={t.newPin} hint={t.newPinHint} value={pin} onChange={setPin} error={error?.field === 'pin' ? error.text : undefined} />
        <PinField id="unlock-pin-again" label={t.pinAgain} value={again} onChange={setAgain} error={error?.field === 'again' ? error.text : undefined} />
        <p className="notice notice--danger" role="alert" hidden={error?.field !== 'form'}>
          {error?.field === 'form' ? error.text : null}
        </p>
        <Button type="submit" className="button--big" disabled={busy}>
          {busy ? t.settingUp : t.setUp}
        </Button>
      </form>
    </Page>
  );
}
