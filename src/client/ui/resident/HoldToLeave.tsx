import { residentTexts as t } from './texts';
import { useHold } from './use-hold';

/** The worker's way back: a button that works only when held (see useHold). */
export function HoldToLeave({ onLeave }: { onLeave: () => void }) {
  const { holding, handlers } = useHold(onLeave);
  return (
    <div className="resident__leave">
      <button type="button" className={`button button--secondary${holding ? ' resident__leave--holding' : ''}`} aria-describedby="resident-leave-hint" {...handlers}>
        {t.leave}
      </button>
      <p id="resident-leave-hint" className="field__hint">
        {t.leaveHint}
      </p>
      <p role="status" className="field__hint">
        {holding ? t.leaving : ''}
      </p>
    </div>
  );
}
