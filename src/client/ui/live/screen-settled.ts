import { useEffect } from 'react';

/**
 * When the screen behind the lock has its content: mounted (app/SessionGate.tsx) with none of its
 * reads still loading. What opened locked waits for it (the sync engine, app/start.tsx): an idle
 * moment right after the unlock comes while the screen's code and reads still load, and the
 * engine's first pass then competes with the first question.
 */
/** Longest wait: a read that never answers (a blocked IndexedDB) must not keep the sync engine away. */
const SETTLE_WAIT_MS = 3_000;
let loadingReads = 0;
let screenMounted = false;
const waiting = new Set<() => void>();

function settled(): boolean {
  return screenMounted && loadingReads === 0;
}

/**
 * Checked a frame later: within one commit a read that resolved stops counting before the reads
 * of what it reveals (a step's form) start, and that moment is not a finished screen.
 */
function checkSoon(): void {
  if (waiting.size === 0 || !settled()) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (!settled()) return;
      for (const task of [...waiting]) task();
    }),
  );
}

/** A read of a mounted component that has no result yet (ui/live/use-read.ts). */
export function useCountLoading(loading: boolean): void {
  useEffect(() => {
    if (!loading) return;
    loadingReads += 1;
    return () => {
      loadingReads -= 1;
      checkSoon();
    };
  }, [loading]);
}

/** The screen is mounted (its effects run after its children's, so their reads are counted). */
export function useScreenMounted(): void {
  useEffect(() => {
    screenMounted = true;
    checkSoon();
    return () => {
      screenMounted = false;
    };
  }, []);
}

/** `task` once a screen is mounted with all its reads in, after that frame has painted. */
export function whenScreenSettled(task: () => void, waitMs = SETTLE_WAIT_MS): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    waiting.delete(once);
    task();
  };
  waiting.add(once);
  setTimeout(once, waitMs);
  checkSoon();
}
