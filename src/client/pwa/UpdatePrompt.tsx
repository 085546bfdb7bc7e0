import { useState } from 'react';
import { updateTexts } from './texts';
import { useUpdatePrompt } from './use-update-prompt';

export function UpdatePrompt() {
  const { updateAvailable, applyUpdate } = useUpdatePrompt();
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  if (!updateAvailable) return null;

  const update = async () => {
    setStatus('busy');
    try {
      await applyUpdate();
    } catch (error) {
      console.error('Update aborted: saving pending input failed', error);
      setStatus('failed');
    }
  };

  return (
    <section className="update-prompt" aria-labelledby="update-prompt-title">
      <p id="update-prompt-title" role="status">
        {updateTexts.newVersion}
      </p>
      <p>{updateTexts.inputIsSaved}</p>
      <button type="button" className="update-prompt__button" disabled={status === 'busy'} onClick={update}>
        {status === 'busy' ? updateTexts.updating : updateTexts.updateNow}
      </button>
      {status === 'failed' && <p role="alert">{updateTexts.failed}</p>}
    </section>
  );
}
