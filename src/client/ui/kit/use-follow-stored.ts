import { useCallback, useEffect, useRef } from 'react';

/** Where an open form can learn that its record changed through sync, and read it again. */
export interface StoredSource<T> {
  subscribe(onChange: () => void): () => void;
  read(): Promise<T | null | undefined>;
}

/**
 * Hands every copy of the form's record that sync brings in to `onStored`, without rendering.
 * Only changes from sync: the form's own saves need no answer, and on a slow phone a read after
 * every keystroke's save would cost the typing. Returns `recheck`, for a moment when a change
 * held back earlier may now be shown (the person left the field).
 */
export function useFollowStored<T>(source: StoredSource<T> | undefined, onStored: (stored: T) => void): () => void {
  const latest = useRef({ source, onStored });
  useEffect(() => {
    latest.current = { source, onStored };
  });
  const reading = useRef(Promise.resolve());
  // One read after another, so an older copy never lands after a newer one.
  const recheck = useCallback(() => {
    reading.current = reading.current
      .then(async () => {
        const stored = await latest.current.source?.read();
        if (stored) latest.current.onStored(stored);
      })
      .catch((error: unknown) => console.error('Reading a synced change for an open form failed', error));
  }, []);
  const follows = source !== undefined;
  useEffect(() => (follows ? latest.current.source!.subscribe(recheck) : undefined), [follows, recheck]);
  return recheck;
}
