// Opens Voordeur the way a worker on the street does: installed earlier (the service
// worker has precached the shell), now offline, on a slow phone (4× CPU throttling).
import type { BrowserContext, Page } from 'playwright-core';

export const benchPath = '/?bench=1';
/**
 * The first question of the screen at benchPath (the step "eerste-vraag"), by the id the UI gives
 * every question's field (questionFieldId): nothing in the app exists for the bench's sake. The
 * floor page gives its one textarea the same id.
 */
export const firstQuestionSelector = 'textarea#q-eerste-vraag';
export const fallbackSelector = 'main h1';
export const cpuSlowdown = 4;

/** First visit, online: waits until the service worker controls the page, i.e. the shell is precached. */
export async function installApp(context: BrowserContext, appUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(benchPath, appUrl).href);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

/** The selector to time: the first question if the UI marks it yet, else the fallback. */
export async function pickTarget(page: Page): Promise<{ selector: string; isFallback: boolean }> {
  const found = await page
    .waitForSelector(firstQuestionSelector, { timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  return found ? { selector: firstQuestionSelector, isFallback: false } : { selector: fallbackSelector, isFallback: true };
}

export async function goOfflineAndSlow(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await slowDown(context, page);
}

/** The slow phone: 4× CPU throttling of `page` from now on. */
export async function slowDown(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
}

/**
 * Records, in every later document of this context, the moment `selector` first appears
 * (taken in the next animation frame, when it is painted), in ms since navigation start.
 */
export async function recordFirstAppearance(context: BrowserContext, selector: string): Promise<void> {
  // tsx names the functions handed to page.evaluate through a helper the page lacks.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript((target: string) => {
    const record = window as unknown as { __benchVisibleAt?: number; __benchLoadedBefore?: string[] };
    const observer = new MutationObserver(() => {
      if (!document.querySelector(target)) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        record.__benchVisibleAt = performance.now();
        // What the page had fetched by then: the scripts on the path to this element.
        record.__benchLoadedBefore = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
}

/** The lock screen's heading (ui/lock/texts.ts), shown on every load before the first question. */
const lockedHeading = 'Voordeur is vergrendeld';

/**
 * Records, in every later document of this context, when the lock screen was painted, when its
 * PIN form was submitted and when the lock screen left the page after that (the key is in memory
 * and the app renders the screen behind it), in ms since navigation start, so a load that passes
 * the lock can be split into the app's start (navigation → lock screen), the unlock (submit →
 * lock screen gone: mostly the Argon2id stretch) and what is left (lock screen gone → question).
 */
export async function recordUnlockMarks(context: BrowserContext): Promise<void> {
  await context.addInitScript((heading: string) => {
    const record = window as unknown as { __benchLockPaintedAt?: number; __benchUnlockSubmittedAt?: number; __benchLockGoneAt?: number };
    const lockShown = () => [...document.querySelectorAll('main h1')].some((h1) => h1.textContent?.includes(heading));
    const observer = new MutationObserver(() => {
      if (record.__benchLockPaintedAt === undefined && lockShown()) {
        record.__benchLockPaintedAt = -1;
        requestAnimationFrame(() => {
          record.__benchLockPaintedAt = performance.now();
        });
      }
      // The lock screen replaced by the app's screens: the key is in memory (Argon2id is done).
      if (record.__benchUnlockSubmittedAt !== undefined && !lockShown()) {
        observer.disconnect();
        record.__benchLockGoneAt = performance.now();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    // Capture phase: before the app's own handler starts the PIN stretch.
    document.addEventListener('submit', () => (record.__benchUnlockSubmittedAt ??= performance.now()), true);
  }, lockedHeading);
}

export interface UnlockMarks {
  /** Navigation start → lock screen painted. */
  lockPainted: number;
  /** PIN form submitted → the recorded element (the first question) painted. */
  afterSubmit: number;
  /** PIN form submitted → lock screen gone (the Argon2id stretch and the unlock). */
  stretch: number;
  /** Lock screen gone → the recorded element painted: the screen's own time after the unlock. */
  afterUnlock: number;
}

/** The marks of the page's last load (see recordUnlockMarks), with `visibleAt` from timeToAppearance. */
export async function unlockMarks(page: Page, visibleAt: number): Promise<UnlockMarks> {
  const marks = await page.evaluate(() => {
    const record = window as unknown as { __benchLockPaintedAt?: number; __benchUnlockSubmittedAt?: number; __benchLockGoneAt?: number };
    return { lock: record.__benchLockPaintedAt ?? null, submit: record.__benchUnlockSubmittedAt ?? null, gone: record.__benchLockGoneAt ?? null };
  });
  if (marks.lock === null || marks.submit === null || marks.gone === null) throw new Error('The load did not pass the lock screen: no marks');
  return { lockPainted: marks.lock, afterSubmit: visibleAt - marks.submit, stretch: marks.gone - marks.submit, afterUnlock: visibleAt - marks.gone };
}

/** Navigates and returns ms from navigation start until the recorded element appeared. */
export async function timeToAppearance(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const visibleAt = await page.waitForFunction(
    () => (window as unknown as { __benchVisibleAt?: number }).__benchVisibleAt,
    undefined,
    { timeout: 30_000 },
  );
  return (await visibleAt.jsonValue()) as number;
}

/** Paths of the scripts the page had fetched when the recorded element appeared (see recordFirstAppearance). */
export async function scriptsLoadedBefore(page: Page): Promise<string[]> {
  const paths = await page.evaluate(() => (window as unknown as { __benchLoadedBefore?: string[] }).__benchLoadedBefore ?? []);
  return [...new Set(paths.filter((path) => path.endsWith('.js')))];
}

/**
 * Taps the button whose text is `label`, or the element matching `{ selector }` (pointerdown, then
 * click, as a finger does) and returns the ms until `target` is painted: e.g. the conversation aids
 * opened from a step, or a household's page from its row in the list.
 */
export function tapToAppearance(page: Page, label: string | { selector: string }, target: string): Promise<number> {
  return page.evaluate(
    ({ label, target }) =>
      new Promise<number>((resolve, reject) => {
        const button =
          typeof label === 'string'
            ? [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)
            : document.querySelector<HTMLElement>(label.selector);
        if (!button) return reject(new Error(`Nothing to tap: ${JSON.stringify(label)}`));
        const started = performance.now();
        button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        button.click();
        const check = () => {
          if (document.querySelector(target)) requestAnimationFrame(() => resolve(performance.now() - started));
          else if (performance.now() - started > 30_000) reject(new Error(`${target} did not appear`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { label, target },
  );
}
