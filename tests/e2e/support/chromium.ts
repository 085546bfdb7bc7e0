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

export function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch(quiet(options));
}

/**
 * Like launchChromium, but with a profile on disk that survives a restart (cold-start
 * measurements) and lets the app be installed (Chromium offers no install in a private window).
 */
export function launchPersistentChromium(userDataDir: string, options: LaunchOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, quiet(options));
}
