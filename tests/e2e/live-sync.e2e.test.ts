// Issue 8: an online colleague sees a change within seconds, without a tap. The server tells B's
// open event stream that the team moved on, and B pulls at once.
//
// Robust on a busy machine: nothing is timed with a stopwatch. B syncs just before A's change,
// so B's own timer (every 60 s) is not due for a minute; the test waits for the card with an
// upper bound (20 s) that is generous for a slow machine yet far below that timer. If the event
// path were broken, only the timer could bring the card, and the wait would fail.
import type { Browser, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HouseholdsPage } from './pages/households-page';
import { LoginPage } from './pages/login-page';
import { createWorkers, type Worker } from './support/accounts';
import { launchChromium } from './support/chromium';
import { screenProblems } from './support/screen-check';
import { startServer, type RunningServer } from './support/server';

const anna: Worker = { username: 'anna', password: 'anna-haar-lange-zin', team: 'Outreach Noord' };
const bram: Worker = { username: 'bram', password: 'bram-zijn-lange-zin', team: 'Outreach Noord' };

/** Far below the 60 s timer, far above what the event path needs even on a loaded machine. */
const WITHIN_MS = 20_000;

describe('a colleague’s change arrives by itself', () => {
  let server: RunningServer;
  let browser: Browser;
  let a: HouseholdsPage;
  let b: HouseholdsPage;
  const streamsOfB: Response[] = [];

  beforeAll(async () => {
    server = await startServer();
    await createWorkers(server, [anna, bram]);
    browser = await launchChromium();
    a = await logIn(anna);
    b = await logIn(bram, (response) => {
      if (new URL(response.url()).pathname === '/api/sync/events') streamsOfB.push(response);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('B, on the households list, sees A’s new household without any tap', async () => {
    await expect.poll(() => streamsOfB.length, { timeout: WITHIN_MS }).toBeGreaterThan(0);
    expect(streamsOfB[0]!.status()).toBe(200);
    expect(streamsOfB[0]!.headers()['content-type']).toMatch(/^text\/event-stream/);
    await b.syncNow(); // B's timer is now a minute away.

    const pushed = a.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/sync/push' && r.ok());
    const form = await a.addHousehold();
    await form.fill({ label: 'Lindelaan 12', members: 'Moeder en twee kinderen (fictief)' });
    await pushed;

    await b.card('Lindelaan 12').waitFor({ timeout: WITHIN_MS });
    expect(await screenProblems(b.page)).toEqual([]);
  });

  it('B offline: the header says so at once; back online, the next change arrives by itself again', async () => {
    await b.page.context().setOffline(true);
    await b.page.locator('.sync-status__short', { hasText: 'Geen verbinding' }).waitFor({ timeout: WITHIN_MS });
    await b.page.context().setOffline(false);
    await b.waitForSyncLine(/Alles bijgewerkt/);
    await expect.poll(() => streamsOfB.length, { timeout: WITHIN_MS }).toBeGreaterThan(1);
    await b.syncNow();

    const pushed = a.page.waitForResponse((r) => new URL(r.url()).pathname === '/api/sync/push' && r.ok());
    await a.openList();
    const form = await a.addHousehold();
    await form.fill({ label: 'Kastanjelaan 4', members: 'Een oudere man (fictief)' });
    await pushed;
    await b.card('Kastanjelaan 4').waitFor({ timeout: WITHIN_MS });
  });

  async function logIn(worker: Worker, onResponse?: (response: Response) => void): Promise<HouseholdsPage> {
    const page = await (await browser.newContext()).newPage();
    if (onResponse) page.on('response', onResponse);
    const login = new LoginPage(page, server.url);
    await login.open('/');
    const households = await login.logIn(worker.username, worker.password);
    await households.waitForSyncLine(/Alles bijgewerkt/);
    return households;
  }
});
