import { useState, type FormEvent } from 'react';
import { WrongPinError } from '../../crypto/wrappers/pin';
import { Button } from '../kit/Button';
import { Page } from '../kit/Page';
import { useServices } from '../services';
import { PinField } from './PinField';
import { lockTexts as t } from './texts';
import { unlockWithPin } from './unlock-flow';

export interface LockScreenProps {
  userId: string;
  onUnlocked?(): void;
}

/**
 * While locked: nothing of the data, no name, only the way to unlock (the page title stays the
 * app's name). The screen that was open comes back after unlocking: the route is unchanged.
 */
export default function LockScreen({ userId, onUnlocked }: LockScreenProps) {
  const { data, sync } = useServices();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unlockWithPin(data, userId, pin);
      void sync?.syncNow();
      onUnlocked?.();
    } catch (failure) {
      if (!(failure instanceof WrongPinError)) console.error('Unlocking failed', failure instanceof Error ? failure.name : 'unknown');
      setError(failure instanceof WrongPinError ? t.wrongPin : t.failed);
      setPin('');
      setBusy(false);
    }
  }

  return (
    <Page title={t.lockedTitle}>
      <p>{t.lockedIntro}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <PinField id="unlock-pin" label={t.pin} value={pin} onChange={setPin} error={error ?? undefined} />
        <Button type="submit" className="button--big" disabled={busy || pin.length === 0}>
          {busy ? t.unlocking : t.unlock}
        </Button>
      </form>
    </Page>
  );
}
