import { useSyncExternalStore } from 'react';
import { kitTexts } from '../texts';
import type { Autosave, FormValues } from './use-autosave';

/**
 * Under a text field: "a newer version of this text is waiting" while sync brought one in that
 * the form holds back, because the person is in the field (text never changes under the cursor).
 * The status region is always there, so a screen reader hears the sentence when it appears.
 * Only this small part re-renders when it does.
 */
export function NewerVersionNote<T extends FormValues>({ autosave, name, id }: { autosave: Autosave<T>; name: keyof T & string; id: string }) {
  const { newerWaiting } = autosave;
  const waiting = useSyncExternalStore(newerWaiting.subscribe, () => newerWaiting.get().has(name));
  return (
    <p id={`${id}-newer`} className="field__newer" role="status">
      {waiting ? kitTexts.newerVersionWaiting : ''}
    </p>
  );
}
