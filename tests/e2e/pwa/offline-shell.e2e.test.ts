import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BasePage } from '../pages/base-page';
import { runAxe } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { startServer, type RunningServer } from '../support/server';

interface Manifest {
  name?: string;
  start_url?: string;
  display?: string;
  icons?: Array<{ sizes?: string; purpose?: string }>;
}

describe('the installed app shell', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let app: BasePage;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    context = await browser.newContext();
    app = new BasePage(await context.newPage(), server.url);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens offline after one online visit', async () => {
    await app.open('/');
    await app.waitUntilServiceWorkerControls();

    await context.setOffline(true);
    expect(await app.networkUnreachable()).toBe(true);
    await app.page.reload();

    // Whatever screen the app starts on (login, households…), it renders from the cache.
    await app.mainHeading.waitFor({ state: 'visible' });
    expect((await app.mainHeading.textContent())?.trim()).not.toBe('');
    expect(await app.page.title()).toMatch(/Voordeur/);
  });

  it('serves a complete web app manifest, also offline', async () => {
    const { ok, body } = await app.fetchJson('/manifest.webmanifest');
    const manifest = body as Manifest;

    expect(ok).toBe(true);
    expect(manifest.name).toBe('Voordeur');
    expect(manifest.start_url).toBe('/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons).toContainEqual(expect.objectContaining({ sizes: '512x512', purpose: 'maskable' }));
    expect(manifest.icons).toContainEqual(expect.objectContaining({ sizes: '192x192' }));
  });

  it('has no serious or critical accessibility problems', async () => {
    expect(await runAxe(app.page)).toEqual([]);
  });
});
