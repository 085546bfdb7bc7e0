import { settleWrites } from '../kit';
import { useLockServices, useUnlocked } from './lock-services';
import { lockTexts } from './texts';

/** "Vergrendel nu" in the header: what was typed is saved first, then the key leaves memory. */
export function LockNowButton() {
  const { lock } = useLockServices();
  const unlocked = useUnlocked();
  if (!unlocked) return null;
  return (
    <button type="button" className="button button--quiet lock-now" onClick={() => void settleWrites().catch(() => undefined).finally(lock)}>
      {lockTexts.lockNow}
    </button>
  );
}
