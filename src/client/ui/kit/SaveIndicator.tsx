import { useSyncExternalStore } from 'react';
import type { AutosaveStatusSource } from './use-autosave';
import { kitTexts } from '../texts';

/**
 * Says whether what was typed is stored. Only the settled states are announced (politely), so
 * a screen-reader user hears "Opgeslagen" once, not a message after every pause in typing.
 */
export function SaveIndicator({ status: store, waitingText }: { status: AutosaveStatusSource; waitingText?: string }) {
  const status = useSyncExternalStore(store.subscribe, store.get);
  const announced =
    status === 'error' ? kitTexts.notSaved : status === 'waiting' ? (waitingText ?? '') : status === 'idle' ? '' : kitTexts.saved;
  return (
    <p className={`save-indicator save-indicator--${status}`}>
      <span aria-live="polite" role="status">
        {announced}
      </span>
      {status === 'saving' && (
        <span className="save-indicator__busy" aria-hidden="true">
          {' '}
          …
        </span>
      )}
    </p>
  );
}
