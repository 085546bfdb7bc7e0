/**
 * Wires the lock policy to the page: touches and keys count as activity, the page going to the
 * background starts the grace period, one timer waits for the next deadline. Before locking,
 * every autosaving form is flushed, so what was typed is there after unlock. While in the
 * background the page is hidden from the task switcher's snapshot.
 */
import { LockPolicy, type LockReason, type LockSettings } from '../../crypto/lock-policy';
import { settleWrites } from '../kit';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

export interface AutoLockOptions {
  settings: LockSettings;
  now: () => number;
  lock: (reason: LockReason) => void;
  doc?: Document;
}

export function startAutoLock({ settings, now, lock, doc = document }: AutoLockOptions): () => void {
  const policy = new LockPolicy(settings, now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const lockFor = (reason: LockReason) => {
    stop();
    // Save what was typed first; lock even if that fails (the key must not stay in memory).
    void settleWrites()
      .catch(() => undefined)
      .finally(() => lock(reason));
  };
  const arm = () => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => {
      const reason = policy.check(now());
      if (reason) lockFor(reason);
      else arm();
    }, policy.msUntilNextCheck(now()) + 50);
  };
  const onActivity = () => policy.activity(now());
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') {
      doc.documentElement.dataset.privacy = 'hidden';
      policy.hidden(now());
      arm();
      return;
    }
    delete doc.documentElement.dataset.privacy;
    const reason = policy.visible(now());
    if (reason) lockFor(reason);
    else arm();
  };

  for (const type of ACTIVITY) doc.addEventListener(type, onActivity, { capture: true, passive: true });
  doc.addEventListener('visibilitychange', onVisibility);
  arm();

  function stop() {
    stopped = true;
    // Locked (or logged out), the screen shows nothing personal: it may be seen again on return.
    delete doc.documentElement.dataset.privacy;
    clearTimeout(timer);
    for (const type of ACTIVITY) doc.removeEventListener(type, onActivity, { capture: true });
    doc.removeEventListener('visibilitychange', onVisibility);
  }
  return stop;
}
