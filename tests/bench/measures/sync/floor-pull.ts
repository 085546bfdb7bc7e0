// The floor for the pull measures: a bare page, not the app, that logs in as the bench user,
// fetches the team's records in pages of the app's size from the same seeded server, and stores
// each page with one Dexie bulkPut (and its cursor) in one strict transaction. Nothing else:
// no merge, no codec, no outbox, no screen. What Voordeur takes beyond this is its own cost.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { PROTOCOL_VERSION } from '../../../../src/domain/sync-protocol';
import { benchPassword, benchUsername } from './fictional-team';
import type { SeededServer } from './seeded-server';

const floorPath = '/__bench-floor-pull';

let pageSource: Promise<string> | undefined;
/** Dexie's own browser build (the same package the app bundles) and the floor's script. */
function floorPage(): Promise<string> {
  const require = createRequire(import.meta.url);
  pageSource ??= Promise.all([
    readFile(require.resolve('dexie/dist/dexie.min.js'), 'utf8'),
    readFile(new URL('./floor-pull-page.js', import.meta.url), 'utf8'),
  ]).then(([dexie, floor]) => `<!doctype html><title>floor</title><script>${dexie}</script><script>${floor}</script>`);
  return pageSource;
}

interface FloorInput {
  username: string;
  password: string;
  teamId: string;
  protocolVersion: number;
}

/** Seconds from the login answer until the last page is committed; also how many rows it holds. */
export async function floorPullSeconds(browser: Browser, seeded: SeededServer): Promise<{ seconds: number; records: number }> {
  const context = await browser.newContext();
  try {
    const html = await floorPage();
    // Served on the server's own origin (the API answers only same-origin requests).
    await context.route(`${seeded.server.url}${floorPath}`, (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    );
    const page = await context.newPage();
    await page.goto(`${seeded.server.url}${floorPath}`);
    // Routing pauses every request of the context while any route is set: the floor's fetches
    // must go straight to the server, as the app's do.
    await context.unrouteAll();
    const input: FloorInput = { username: benchUsername, password: benchPassword, teamId: seeded.teamId, protocolVersion: PROTOCOL_VERSION };
    type FloorWindow = { runFloorPull(input: FloorInput): Promise<{ seconds: number; records: number }> };
    return await page.evaluate((floor) => (window as unknown as FloorWindow).runFloorPull(floor), input);
  } finally {
    await context.close();
  }
}
