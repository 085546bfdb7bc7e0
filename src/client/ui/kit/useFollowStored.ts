import { useEffect, useRef } from 'react';

/** Where an open form can learn that its record changed through sync, and read it again. */
export interface StoredSource<T> {
  subscribe(onChange: () => void): () => void;
  read(): Promise<T | null | undefined>;
}

/**
 * Hands every copy of the form's record that sync brings in to `onStored`, without rendering.
 * Only changes from sync: the form's own saves need no answer, and on a slow phone a read after
 * every keystroke's save would cost the typing.
 */
export function useFollowStored<T>(source: StoredSource<T> | undefined, onStored: (stored: T) => void): void {
  const latest = useRef({ source, onStored });
  useEffect(() => {
    latest.current = { source, onStored };
  });
  const follows = source !== undefined;
  useEffect(() => {
    if (!follows) return;
    let reading = Promise.resolve();
    const unsubscribe = latest.current.source!.subscribe(() => {
      // One read after another, so an older copy never lands after a newer one.
      reading = reading
        .then(async () => {
          const stored = await latest.current.source?.read();
          if (stored) latest.current.onStored(stored);
        })
        .catch((error: unknown) => console.error('Reading a synced change for an open form failed', error));
    });
    return unsubscribe;
  }, [follows]);
}
