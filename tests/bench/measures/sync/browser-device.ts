// A fresh browser as a worker's new phone: install the app, log in through the login screen,
// and watch the device's sync state through the app's bench hook (src/client/app/bench-sync.ts).
import type { BrowserContext, Page } from 'playwright-core';
import type { BenchSyncHooks, BenchSyncState } from '../../../../src/client/app/bench-sync';
import { setUpPin, unlockAfterEveryLoad } from '../../../e2e/pages/unlock';
import { installApp } from '../offline-page';
import { benchPassword, benchUsername } from './fictional-team';

type BenchWindow = { __voordeurBench?: Partial<BenchSyncHooks> };

export const pollEveryMs = 50;

/** Opens the app at /?bench=1, logs in as the bench user, and returns when the login answered. */
export async function logInFreshDevice(context: BrowserContext, appUrl: string): Promise<{ page: Page; loggedInAt: number }> {
  const page = await installApp(context, appUrl);
  await page.waitForFunction(() => typeof (window as unknown as BenchWindow).__voordeurBench?.syncState === 'function');
  await page.fill('#login-username', benchUsername);
  await page.fill('#login-password', benchPassword);
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
  await page.click('form button[type="submit"]');
  const response = await answered;
  if (!response.ok()) throw new Error(`Bench login failed with HTTP ${response.status()}`);
  // A first login sets up the PIN (Argon2id wraps the new data key); the session, and with it
  // the first pull, starts when that is done. Later loads of the context unlock with the PIN.
  // (Not in the test-only plain build, VITE_PLAIN_CODEC=1, which has no key: the "without
  // encryption" numbers.)
  if (process.env.VITE_PLAIN_CODEC !== '1') await setUpPin(page);
  const loggedInAt = performance.now();
  unlockAfterEveryLoad(context);
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
