/**
 * The rules of the login limit, pure: given the two counters an attempt touches, may it go on,
 * and what do the counters become? (login-limits.ts keeps them, atomically.)
 *
 * - Per username at one address, failures cost a growing wait: the first few are free, then
 *   1 s, 2 s, 4 s … up to a quarter of an hour. That slows guessing from one place to a crawl,
 *   but never locks the account: the worker logs in from her own phone (another address) at
 *   once, and from the same address after the wait.
 * - Per address, at most MAX_FAILURES_PER_ADDRESS failures in a window, whatever the username:
 *   that stops one address trying many usernames. Good logins give their count back, so an
 *   office behind one address is never stopped by its own colleagues.
 * An attempt counts as a failure when it starts; a good login takes that back (login.ts).
 */
export const FREE_FAILURES_PER_USERNAME = 4;
export const MAX_FAILURES_PER_ADDRESS = 20;
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;
export const MAX_DELAY_MS = 15 * 60 * 1000;
/** A username's counter at an address is forgotten after a day without attempts. */
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export interface LimitCounter {
  failures: number;
  windowStartedAt: number;
  nextAllowedAt: number;
  updatedAt: number;
}

export type AttemptDecision =
  | { allowed: true; user: LimitCounter; address: LimitCounter }
  | { allowed: false; scope: 'username' | 'address'; retryAfterMs: number };

/** The wait after the n-th failure of a username at an address. */
export function delayAfter(failures: number): number {
  if (failures <= FREE_FAILURES_PER_USERNAME) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_FAILURES_PER_USERNAME - 1));
}

export const freshCounter = (now: number): LimitCounter => ({ failures: 0, windowStartedAt: now, nextAllowedAt: now, updatedAt: now });

export function decideAttempt(user: LimitCounter, address: LimitCounter, now: number): AttemptDecision {
  const u = now - user.updatedAt > FORGET_AFTER_MS ? freshCounter(now) : user;
  const a = now - address.windowStartedAt >= ADDRESS_WINDOW_MS ? freshCounter(now) : address;
  if (now < u.nextAllowedAt) return { allowed: false, scope: 'username', retryAfterMs: u.nextAllowedAt - now };
  if (a.failures >= MAX_FAILURES_PER_ADDRESS) {
    return { allowed: false, scope: 'address', retryAfterMs: a.windowStartedAt + ADDRESS_WINDOW_MS - now };
  }
  const failures = u.failures + 1;
  return {
    allowed: true,
    user: { ...u, failures, nextAllowedAt: now + delayAfter(failures), updatedAt: now },
    address: { ...a, failures: a.failures + 1, updatedAt: now },
  };
}
