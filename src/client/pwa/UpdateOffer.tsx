import { useEffect } from 'react';
import { checkForUpdate } from './register-service-worker';
import { updateTexts } from './texts';
import { UpdateButton, UpdateFeedback, useUpdateAction } from './use-update-action';
import { useUpdatePrompt } from './use-update-prompt';

/**
 * For a screen that knows a newer version exists (it shows an answer this version cannot place):
 * look for it now, and offer to load it once it is here.
 */
export function UpdateOffer() {
  const { available } = useUpdatePrompt();
  const action = useUpdateAction();
  useEffect(() => checkForUpdate(), []);
  if (!available) return <p className="field__hint">{updateTexts.offerWhenReady}</p>;
  return (
    <div className="update-offer">
      <p>{updateTexts.offerReady}</p>
      <UpdateButton action={action} />
      <UpdateFeedback status={action.status} />
    </div>
  );
}
