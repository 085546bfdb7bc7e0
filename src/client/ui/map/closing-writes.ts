import { useEffect, useRef } from 'react';

// A form saves what is still waiting when it closes, but nobody awaits that save. A form that
// opens right after (the same subdomain, another mode, the screen opened again) reads the store
// once, so it first waits for these saves; otherwise it would start from the older text.
const closing = new Set<Promise<unknown>>();

/** Flush the form when it closes, in a way the next form can wait for. */
export function useFlushOnClose(flush: () => Promise<void>): void {
  const latest = useRef(flush);
  useEffect(() => {
    latest.current = flush;
  });
  useEffect(
    () => () => {
      const saving = latest.current();
      const done = () => closing.delete(saving);
      closing.add(saving);
      saving.then(done, done);
    },
    [],
  );
}

export async function closingWritesSettled(): Promise<void> {
  await Promise.allSettled([...closing]);
}
