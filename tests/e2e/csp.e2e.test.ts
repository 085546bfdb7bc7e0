// Issue 6, hole 7: the app runs under its strict Content-Security-Policy with no violation
// reported, from login through the screens a worker uses, online and offline from the service
// worker. The listener is shown to work: an inline script the page tries to run is reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login-page';
import { createWorkers, type Worker } from './support/accounts';
import { launchChromium } from './support/chromium';
import { startServer, type RunningServer } from './support/server';

const worker: Worker = { username: 'dina', password: 'dina-haar-lange-zin', team: 'Outreach West' };

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

describe('the app under its Content-Security-Policy', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    await createWorkers(server, [worker]);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A page that records every CSP violation it reports, and every console line about one. */
  async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
    const page = await (await browser.newContext()).newPage();
    const console: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) console.push(message.text());
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`);
      });
    });
    const violations = async () => [...((await page.evaluate(() => window.__cspViolations ?? [])) as string[]), ...console];
    return { page, violations };
  }

  it('the built index.html has no inline script or style', () => {
    const html = readFileSync(join('dist', 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle="/);
  });

  it('logs in, works on a household, its contact and its map, and reloads offline, without a violation', async () => {
    const { page, violations } = await watchedPage();
    const login = new LoginPage(page, server.url);
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const households = await login.logIn(worker.username, worker.password);
    await households.waitForSyncLine(/Alles bijgewerkt/);
    await households.waitUntilServiceWorkerControls();

    const form = await households.addHousehold();
    await form.fill({ label: 'Lindelaan 4', members: 'Moeder en dochter (fictief)' });
    const timeline = await form.openHousehold('Lindelaan 4');
    const contact = await timeline.newContact();
    await contact.chooseChannel('Huisbezoek / outreachend');
    await contact.chooseOutcome('Gesproken aan de deur');
    await contact.startConversation();
    await contact.next();
    await households.openList();
    const map = await (await households.openHousehold('Lindelaan 4')).openMap();
    await map.openSubdomain('Dagbesteding');
    await map.backToOverview();

    await page.context().setOffline(true);
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await page.context().setOffline(false);
    expect(await violations()).toEqual([]);

    // The listener works: an inline script is blocked and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
    });
    await page.waitForFunction(() => (window.__cspViolations ?? []).length > 0);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  });
});
