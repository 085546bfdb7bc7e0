// The screen the first-question and autosave rows time: the guided contact moment of a fictional
// household, on a device that is logged in (the app shows nothing of a household without that).
import type { BrowserContext } from 'playwright-core';
import type { RunningServer } from '../../e2e/support/server';
import { logInFreshDevice, waitForSyncState, type FreshDeviceOptions } from './sync/browser-device';
import { startSeededServer, type SeededServer } from './sync/seeded-server';

/**
 * Starts a server with the bench user and returns it; call `prepareContact` per browser profile.
 * With `plainDistDir` also one on the plain build (SeededServer.plain).
 */
export function startBenchServer(plainDistDir?: string): Promise<SeededServer> {
  return startSeededServer(0, { plainDistDir });
}

/**
 * Logs in on a fresh profile (online, so the service worker installs), then records a household
 * and a contact moment through the app's repositories and returns the contact's address.
 */
export async function prepareContact(context: BrowserContext, server: RunningServer, options?: FreshDeviceOptions): Promise<string> {
  const { page } = await logInFreshDevice(context, server.url, options);
  await waitForSyncState(page, (s) => s.cursor !== null, 30_000);
  await page.evaluate(() => window.__voordeurBench!.queueChanges(2));
  const path = await page.evaluate(() => window.__voordeurBench!.latestContactPath());
  return new URL(path, server.url).href;
}
