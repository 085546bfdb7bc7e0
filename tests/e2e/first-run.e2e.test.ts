// The newcomer's path from the README: a fresh server prints a one-time setup address; opening
// it creates the first team and its beheerder, who lands in the (empty) app, logged in. The link
// cannot be used a second time.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium';
import { setUpPin } from './pages/unlock';
import { screenProblems } from './support/screen-check';
import { startServer, type RunningServer } from './support/server';

describe('first run of a fresh server', () => {
  let server: RunningServer;
  let browser: Browser;
  let setupUrl: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    const line = await server.waitForLine(/\/setup#/);
    setupUrl = line.match(/https?:\/\/\S+\/setup#\S+/)![0];
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function fillSetup(page: Page): Promise<void> {
    await page.getByLabel('Naam van het team').fill('Outreach Noord');
    await page.getByLabel('Je naam').fill('Sam de Vries');
    await page.getByLabel('Gebruikersnaam').fill('sam');
    await page.getByLabel('Kies een wachtwoord').fill('een lange zin als wachtwoord');
    await page.getByLabel('Typ het wachtwoord nog een keer').fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Voordeur inrichten' }).click();
  }

  it('the printed address sets up the first team and its beheerder, logged in on this device', async () => {
    expect(new URL(setupUrl).origin).toBe(server.url);
    const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    await page.goto(setupUrl);
    await page.getByRole('heading', { name: 'Voordeur inrichten' }).waitFor();
    expect(await screenProblems(page)).toEqual([]);

    await fillSetup(page);
    // Then unlocking is set up: its screen passes the same checks, and shows no personal text.
    await page.locator('main h1', { hasText: 'Beveilig Voordeur op dit apparaat' }).waitFor();
    expect(await screenProblems(page)).toEqual([]);
    expect(await page.title()).toBe('Voordeur');
    await setUpPin(page);
    await page.locator('main h1', { hasText: 'Huishoudens' }).waitFor();
    await page.getByText('Er staan nog geen huishoudens op dit apparaat.').waitFor();
    // The secret part of the address is not kept in the browser's history.
    expect(page.url()).not.toContain('#');
    expect(await screenProblems(page)).toEqual([]);
  });

  it('the address works once: a second try is told to log in instead', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(setupUrl);
    await fillSetup(page);
    await page.getByText('Voordeur is al ingericht. Log in met je account.').waitFor();
    expect(await page.locator('main h1', { hasText: 'Huishoudens' }).count()).toBe(0);
  });
});
