import { updateTexts } from './texts';
import { UpdateButton, UpdateFeedback, useUpdateAction } from './use-update-action';
import { useUpdatePrompt } from './use-update-prompt';

/**
 * "A new version is ready": load it (after saving what is typed), or "later", which leaves a
 * small reminder in its place so the page does not stay pushed down while the worker types.
 */
export function UpdatePrompt() {
  const { available, dismissed, setDismissed } = useUpdatePrompt();
  const action = useUpdateAction();
  if (!available) return null;

  if (dismissed) {
    return (
      <button type="button" className="update-reminder" onClick={() => setDismissed(false)}>
        {updateTexts.reminder}
      </button>
    );
  }

  return (
    <section className="update-prompt" aria-labelledby="update-prompt-title">
      <p id="update-prompt-title" role="status">
        {updateTexts.newVersion}
      </p>
      {action.status.kind !== 'blocked' && <p>{updateTexts.inputIsSaved}</p>}
      <div className="update-prompt__actions">
        <UpdateButton action={action} />
        <button type="button" className="update-prompt__button update-prompt__button--quiet" onClick={() => setDismissed(true)}>
          {updateTexts.later}
        </button>
      </div>
      <UpdateFeedback status={action.status} />
    </section>
  );
}
