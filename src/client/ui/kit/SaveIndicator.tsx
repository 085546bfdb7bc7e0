import { useState, useSyncExternalStore } from 'react';
import type { AutosaveStatusSource } from './use-autosave';
import { kitTexts } from '../texts';

/**
 * Says whether what was typed is stored. Only the settled states are announced (politely), so
 * a screen-reader user hears "Opgeslagen" once, not a message after every pause in typing: while
 * a write runs, the region keeps what it said last and is marked busy. "Opgeslagen" is never
 * said before a write has landed.
 */
export function SaveIndicator({ status: store, waitingText }: { status: AutosaveStatusSource; waitingText?: string }) {
  const status = useSyncExternalStore(store.subscribe, store.get);
  const saving = status === 'saving';
  const now = status === 'error' ? kitTexts.notSaved : status === 'waiting' ? (waitingText ?? '') : status === 'saved' ? kitTexts.saved : '';
  const [settled, setSettled] = useState(now);
  // Adjusted during render (React's pattern for state derived from a changing input).
  if (!saving && now !== settled) setSettled(now);
  return (
    <p className={`save-indicator save-indicator--${status}`}>
      <span aria-live="polite" role="status" aria-busy={saving || undefined}>
        {settled}
      </span>
      {saving && (
        <span className="save-indicator__busy" aria-hidden="true">
          {' '}
          …
        </span>
      )}
    </p>
  );
}
