// A fresh browser as a worker's new phone: install the app, log in through the login screen,
// and watch the device's sync state through the app's bench hook (src/client/app/bench-sync.ts).
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchSyncHooks, BenchSyncState } from '../../../../src/client/app/bench-sync';
import { setUpPin, unlockAfterEveryLoad } from '../../../e2e/pages/unlock';
import { installApp } from '../offline-page';
import { benchPassword, benchUsername } from './fictional-team';

type BenchWindow = { __voordeurBench?: Partial<BenchSyncHooks> };

export const pollEveryMs = 50;

export interface FreshDeviceOptions {
  /**
   * Set up the PIN after the login (default), which the app's screens need. The test-only plain
   * build (VITE_PLAIN_CODEC=1, run.ts's `plainDistDir`) stores its session and starts syncing at
   * the login answer without one, behind the set-up screen (a screen without lists): a pull there
   * needs no PIN. By default none is set up when the whole bench runs with VITE_PLAIN_CODEC=1.
   */
  setUpPin?: boolean;
}

/**
 * Opens the app at /?bench=1, logs in as the bench user, and returns when the device's session
 * starts: at the login answer, or once the PIN is set up.
 */
export async function logInFreshDevice(
  context: BrowserContext,
  appUrl: string,
  { setUpPin: withPin = process.env.VITE_PLAIN_CODEC !== '1' }: FreshDeviceOptions = {},
): Promise<{ page: Page; loggedInAt: number }> {
  const page = await installApp(context, appUrl);
  await page.waitForFunction(() => typeof (window as unknown as BenchWindow).__voordeurBench?.syncState === 'function');
  await page.fill('#login-username', benchUsername);
  await page.fill('#login-password', benchPassword);
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
  await page.click('form button[type="submit"]');
  const response = await answered;
  if (!response.ok()) throw new Error(`Bench login failed with HTTP ${response.status()}`);
  if (withPin) {
    // A first login sets up the PIN (Argon2id wraps the new data key); with encryption the
    // session, and with it the first pull, starts when that is done, so the clock starts there:
    // the stretch is timed in the unlock rows, and the pull's rows compare the pull with a floor
    // and a plain build that have none. Later loads of the context unlock with the PIN.
    await setUpPin(page);
  }
  const loggedInAt = performance.now();
  if (withPin) unlockAfterEveryLoad(context);
  return { page, loggedInAt };
}

/**
 * Moves the app to a screen without record lists (the not-found page) through its router, which
 * follows the History API, so the page keeps running and the sync engine keeps syncing.
 */
export async function showScreenWithoutLists(page: Page): Promise<void> {
  await page.evaluate(() => {
    history.pushState(null, '', '/bench-zonder-lijsten');
    dispatchEvent(new PopStateEvent('popstate'));
  });
}

/** The moment (performance.now()) the page says team `teamId`'s cursor reached `cursor` (BenchSyncHooks.cursorReached). */
export async function waitForCursor(page: Page, teamId: string, cursor: number, timeoutMs: number): Promise<number> {
  const reached = page.evaluate(
    ([team, value]) => (window as unknown as Required<{ __voordeurBench: BenchSyncHooks }>).__voordeurBench.cursorReached(team, value),
    [teamId, cursor] as const,
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Cursor ${cursor} not reached within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await Promise.race([reached, timeout]);
    return performance.now();
  } finally {
    clearTimeout(timer);
  }
}

export function readSyncState(page: Page): Promise<BenchSyncState> {
  return page.evaluate(() => (window as unknown as Required<{ __voordeurBench: BenchSyncHooks }>).__voordeurBench.syncState());
}

/** Polls until `done(state)`; returns that state and the moment it was seen (performance.now()). */
export async function waitForSyncState(
  page: Page,
  done: (state: BenchSyncState) => boolean,
  timeoutMs: number,
): Promise<{ state: BenchSyncState; at: number }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const state = await readSyncState(page);
    const at = performance.now();
    if (done(state)) return { state, at };
    if (at > deadline) throw new Error(`Sync did not finish within ${timeoutMs / 1000} s; last state ${JSON.stringify(state)}`);
    await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
  }
}
