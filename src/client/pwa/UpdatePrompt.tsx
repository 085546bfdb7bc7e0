import { useState } from 'react';
import { UpdateBlocked } from './before-update';
import { updateTexts } from './texts';
import { useUpdatePrompt } from './use-update-prompt';

type Status = { kind: 'idle' | 'busy' | 'failed' } | { kind: 'blocked'; blocked: UpdateBlocked };

/**
 * "A new version is ready": load it (after saving what is typed), or "later", which leaves a
 * small reminder in its place so the page does not stay pushed down while the worker types.
 */
export function UpdatePrompt() {
  const { available, dismissed, applyUpdate, setDismissed } = useUpdatePrompt();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  if (!available) return null;

  if (dismissed) {
    return (
      <button type="button" className="update-reminder" onClick={() => setDismissed(false)}>
        {updateTexts.reminder}
      </button>
    );
  }

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

  return (
    <section className="update-prompt" aria-labelledby="update-prompt-title">
      <p id="update-prompt-title" role="status">
        {updateTexts.newVersion}
      </p>
      {status.kind !== 'blocked' && <p>{updateTexts.inputIsSaved}</p>}
      <div className="update-prompt__actions">
        <button type="button" className="update-prompt__button" disabled={status.kind === 'busy'} onClick={update}>
          {status.kind === 'busy' ? updateTexts.updating : updateTexts.updateNow}
        </button>
        <button type="button" className="update-prompt__button update-prompt__button--quiet" onClick={() => setDismissed(true)}>
          {updateTexts.later}
        </button>
      </div>
      {status.kind === 'failed' && <p role="alert">{updateTexts.failed}</p>}
      {status.kind === 'blocked' && (
        <div role="alert">
          <p>{updateTexts.blockedBy(status.blocked.fieldLabels)}</p>
          <button type="button" className="update-prompt__button update-prompt__button--quiet" onClick={() => status.blocked.focusFirst()}>
            {updateTexts.goToField}
          </button>
        </div>
      )}
    </section>
  );
}
