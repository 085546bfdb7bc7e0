import { useState } from 'react';
import { Button, writeErrorText } from '../kit';
import { navigate, paths } from '../router';
import { useServices } from '../services';
import { contactTexts } from '../texts';
import { timelineTexts as t } from './texts';

/**
 * At the door: one tap starts an erop-af contact and opens its doorstep screen, where one more
 * tap stores how it went (the list › household › here › outcome: three taps).
 */
export function DoorstepButton({ householdId }: { householdId: string }) {
  const { data } = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    const result = await data.contacts.start(householdId, 'eropaf');
    setBusy(false);
    if (!result.ok) return setError(writeErrorText(result.errors[0]) ?? contactTexts.startFailed);
    navigate(paths.contact(householdId, result.id));
  };
  return (
    <>
      <Button disabled={busy} onClick={() => void start()}>
        {t.atTheDoor}
      </Button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
