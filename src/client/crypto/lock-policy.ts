/**
 * When the app locks, as a pure rule with the clock handed in (unit-tested without waiting):
 * - after `idleMs` without the worker touching the app (team setting, default 5 minutes);
 * - when it was in the background for at least `backgroundGraceMs` (default 30 seconds: at the
 *   kitchen table a phone is put down and picked up again without a new unlock). Timers do not
 *   run while a phone sleeps, so the background rule is checked again on return.
 */
export interface LockSettings {
  idleMs: number;
  backgroundGraceMs: number;
}

export const DEFAULT_LOCK_SETTINGS: LockSettings = { idleMs: 5 * 60_000, backgroundGraceMs: 30_000 };

export type LockReason = 'idle' | 'background';

export class LockPolicy {
  private lastActivity: number;
  private hiddenSince: number | null = null;

  constructor(
    private readonly settings: LockSettings,
    now: number,
  ) {
    this.lastActivity = now;
  }

  /** The worker touched, typed or scrolled. */
  activity(now: number): void {
    this.lastActivity = Math.max(this.lastActivity, now);
  }

  hidden(now: number): void {
    this.hiddenSince ??= now;
  }

  /** Back in front: a reason to lock when it was away too long (or idle meanwhile). */
  visible(now: number): LockReason | null {
    const reason = this.check(now);
    this.hiddenSince = null;
    if (reason === null) this.activity(now);
    return reason;
  }

  check(now: number): LockReason | null {
    if (this.hiddenSince !== null && now - this.hiddenSince >= this.settings.backgroundGraceMs) return 'background';
    if (now - this.lastActivity >= this.settings.idleMs) return 'idle';
    return null;
  }

  /** How long until check() can first say to lock (for one timer, not polling). */
  msUntilNextCheck(now: number): number {
    const idle = this.lastActivity + this.settings.idleMs - now;
    const background = this.hiddenSince === null ? Infinity : this.hiddenSince + this.settings.backgroundGraceMs - now;
    return Math.max(0, Math.min(idle, background));
  }

  /** After an unlock: the clocks start over. */
  restart(now: number): void {
    this.lastActivity = now;
    this.hiddenSince = null;
  }
}
