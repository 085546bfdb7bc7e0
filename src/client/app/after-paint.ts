import { isUnlocked, onLockChange } from '../crypto/key-ring';

/**
 * After the screen on show has painted, at the first idle moment: while the person reads the
 * screen, before they type. (A fixed delay could land in the middle of typing, and this work
 * slowed the autosaves there.) Safari has no requestIdleCallback: a short timer there. A tab in
 * the background paints no frames: the last timer starts it anyway.
 */
export function whenIdleAfterPaint(task: () => void): void {
  let done = false;
  const once = () => {
    if (!done) task();
    done = true;
  };
  requestAnimationFrame(() =>
    setTimeout(() => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(once, { timeout: 1_000 });
      else setTimeout(once, 200);
    }),
  );
  setTimeout(once, 3_000);
}

/** Right after the screen on show has painted (the next frame's first task): not waiting for idle. */
export function rightAfterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task));
}

/**
 * `task` once the data key is in memory: at once when it is, else at the first unlock. Opened
 * locked, the lock screen is not the first screen that matters: what works on the data (the sync
 * engine, which sends and fetches nothing while locked) waits for the screen behind it.
 */
export function onceUnlocked(task: () => void): void {
  if (isUnlocked()) return task();
  const stop = onLockChange((unlocked) => {
    if (!unlocked) return;
    stop();
    task();
  });
}
