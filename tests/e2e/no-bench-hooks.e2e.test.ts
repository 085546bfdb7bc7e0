// Issue 7 §4: the app served to workers has no bench hooks. They exist only in the bench's own
// build (`vite build --mode bench` into dist-bench/, tests/bench/run.ts); `?bench=1` in the
// address of the production build (dist/) switches nothing on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually';
import { launchChromium } from './support/chromium';
import { startServer, type RunningServer } from './support/server';

describe('the production build has no bench hooks', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('no file in dist/ carries the hooks or their chunk', () => {
    const assets = readdirSync(join('dist', 'assets'));
    expect(assets.filter((file) => /^bench/.test(file))).toEqual([]);
    for (const file of [...assets.map((name) => join('dist', 'assets', name)), join('dist', 'sw.js'), join('dist', 'index.html')]) {
      if (!/\.(js|html)$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain('__voordeurBench');
      expect(text, file).not.toContain('queueChanges');
    }
  });

  it('?bench=1 in the address does nothing', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/?bench=1`);
    // The app has started (the login screen is its first screen on a fresh device)…
    await page.locator('#login-username').waitFor({ timeout: 0 });
    // …and, once the service worker controls the page (after the first screen, like the hooks
    // would have been), still no hooks.
    await eventually(() => page.evaluate(() => navigator.serviceWorker.controller !== null).then((ok) => expect(ok).toBe(true)));
    expect(await page.evaluate(() => typeof (window as unknown as { __voordeurBench?: unknown }).__voordeurBench)).toBe('undefined');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    expect(scripts.filter((path) => path.includes('/bench'))).toEqual([]);
  });
});
