import { useState } from 'react';
import { UpdateBlocked } from './update-blocked';
import { updateTexts } from './texts';
import { useUpdatePrompt } from './use-update-prompt';

type Status = { kind: 'idle' | 'busy' | 'failed' } | { kind: 'blocked'; blocked: UpdateBlocked };

/**
 * Loading the new version (after saving what is typed), and what went wrong: one flow for the
 * banner and for a screen that offers the update (an answer from a newer version).
 */
export function useUpdateAction() {
  const { applyUpdate } = useUpdatePrompt();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const update = async () => {
    setStatus({ kind: 'busy' });
    try {
      await applyUpdate();
    } catch (error) {
      if (error instanceof UpdateBlocked && error.fieldLabels.length > 0) return setStatus({ kind: 'blocked', blocked: error });
      console.error('Update aborted: saving pending input failed', error);
      setStatus({ kind: 'failed' });
    }
  };
  return { status, update };
}

export function UpdateButton({ action }: { action: ReturnType<typeof useUpdateAction> }) {
  return (
    <button type="button" className="update-prompt__button" disabled={action.status.kind === 'busy'} onClick={action.update}>
      {action.status.kind === 'busy' ? updateTexts.updating : updateTexts.updateNow}
    </button>
  );
}

/** Why the update did not happen, and (for an invalid field) the way to it. */
export function UpdateFeedback({ status }: { status: ReturnType<typeof useUpdateAction>['status'] }) {
  if (status.kind === 'failed') return <p role="alert">{updateTexts.failed}</p>;
  if (status.kind !== 'blocked') return null;
  return (
    <div role="alert">
      <p>{updateTexts.blockedBy(status.blocked.fieldLabels)}</p>
      <button type="button" className="update-prompt__button update-prompt__button--quiet" onClick={() => status.blocked.focusFirst()}>
        {updateTexts.goToField}
      </button>
    </div>
  );
}
