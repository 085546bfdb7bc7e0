import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system Chromium (never a downloaded one), headless, with nothing calling home. */
function quiet(options: LaunchOptions): LaunchOptions {
  return { executablePath: chromiumPath, headless: true, ...options, args: [...quietFlags, ...(options.args ?? [])] };
}

/**
 * Playwright gives every wait 30 s (5 s for expect.poll, set in the vitest config). A test waits
 * for an event, not a time: on a busy machine a login, an unlock or a sync can outlast that, so
 * the bound is the shared one, far above what any step needs.
 */
const WAIT_BOUND_MS = 90_000;

function bounded<T extends { setDefaultTimeout(ms: number): void }>(target: T): T {
  target.setDefaultTimeout(WAIT_BOUND_MS);
  return target;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const browser = await chromium.launch(quiet(options));
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  browser.newContext = async (...args) => bounded(await newContext(...args));
  browser.newPage = async (...args) => bounded(await newPage(...args));
  return browser;
}

/**
 * Like launchChromium, but with a profile on disk that survives a restart (cold-start
 * measurements) and lets the app be installed (Chromium offers no install in a private window).
 */
export async function launchPersistentChromium(userDataDir: string, options: LaunchOptions = {}): Promise<BrowserContext> {
  return bounded(await chromium.launchPersistentContext(userDataDir, quiet(options)));
}
