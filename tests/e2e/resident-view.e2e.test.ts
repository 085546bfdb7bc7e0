// Issue 13: the bewonersweergave. The phone turned to the resident shows only the resident's own
// side (their score and words), none of the worker's notes, no way to another screen; the worker
// returns only with a deliberate hold, by pointer or by keyboard.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login-page';
import { MapPage } from './pages/map-page';
import { createWorkers } from './support/accounts';
import { launchChromium } from './support/chromium';
import { screenProblems } from './support/screen-check';
import { startServer, type RunningServer } from './support/server';
import { saved } from './support/saved';

const worker = { username: 'joost.smit', password: 'lange-zin-voor-joost', team: 'Outreach Oost' };
const label = 'Eikenlaan 7';
// Everything the worker types: none of it may appear in the resident view.
const workerNotes = {
  reportReason: 'Buren horen geschreeuw in de nacht.',
  experience: 'Werker ziet: oogt somber en moe.',
  situation: 'Huur twee maanden achter.',
  problems: 'Twijfel aan de hygiëne in huis.',
  causes: 'Sinds de scheiding geen vast ritme.',
};
const residentWords = 'Ik kook elke dag zelf.';

describe('bewonersweergave', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let householdPath: string;

  beforeAll(async () => {
    server = await startServer();
    await createWorkers(server, [worker]);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true });
    page = await context.newPage();
    const login = new LoginPage(page, server.url);
    await login.open('/');
    const households = await login.logIn(worker.username, worker.password);
    const form = await households.addHousehold();
    await form.fill({ label, reportReason: workerNotes.reportReason });
    const timeline = await form.openHousehold(label);
    householdPath = new URL(page.url()).pathname;
    const map = await timeline.openMap();
    await map.openSubdomain('Dagbesteding');
    await map.text('Hoe beleeft de persoon het zelf en wat zie jij?').fill(workerNotes.experience);
    await map.text('Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.').fill(workerNotes.situation);
    await map.text('Wat zijn problemen én: wat zijn mogelijkheden / wat gaat goed?').fill(workerNotes.problems);
    await map.text('Wat maakt dat de situatie zo is?').fill(workerNotes.causes);
    await map.score('werker', 3).check();
    await map.backToOverview();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  async function openResidentView() {
    await page.goto(new URL(householdPath, server.url).href);
    await page.getByRole('link', { name: /^Bewonersweergave/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Uw eigen kaart' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Dagbesteding' }).waitFor();
  }

  it('shows no worker note, no household and no way to another screen, and passes axe', async () => {
    await openResidentView();
    const text = await page.locator('body').innerText();
    for (const note of [...Object.values(workerNotes), label]) expect(text).not.toContain(note);
    // The worker's score is the worker's: not shown as the resident's.
    const score = page.getByRole('group', { name: /^Welk cijfer geeft u dit nu\?.*Dagbesteding$/ });
    expect(await score.getByRole('radio', { name: 'Nog geen cijfer' }).isChecked()).toBe(true);
    expect(await page.locator('a[href]').count()).toBe(0);
    expect(titleIsGeneric(await page.title())).toBe(true);
    expect(await screenProblems(page)).toEqual([]);
  });

  it('records the resident’s score and words as the resident’s', async () => {
    const group = page.getByRole('group', { name: /^Welk cijfer geeft u dit nu\?.*Dagbesteding$/ });
    await group.getByText('7', { exact: true }).click();
    await page.getByLabel('Wat gaat goed? (Dagbesteding)').fill(residentWords);
    await page.getByLabel('Wat gaat goed? (Dagbesteding)').blur();
    await saved(page.locator('.resident-entry', { hasText: 'Dagbesteding' })).waitFor();
    expect(await screenProblems(page)).toEqual([]);
  });

  it('a tap, Enter pressed once and the browser’s back all stay in the resident view', async () => {
    await openResidentView();
    const leave = page.getByRole('button', { name: 'Terug naar de werker' });
    await leave.click();
    await leave.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    await page.goBack();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Uw eigen kaart' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`${householdPath}/bewoner`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Uw eigen kaart');
  });

  it('holding Enter leaves for the household', async () => {
    await openResidentView();
    await page.getByRole('button', { name: 'Terug naar de werker' }).focus();
    await page.keyboard.down('Enter');
    await page.waitForURL((url) => url.pathname === householdPath);
    await page.keyboard.up('Enter');
    await page.getByRole('heading', { level: 1, name: label }).waitFor();
  });

  it('holding the button leaves; the worker then sees the resident’s score and words on the map', async () => {
    await openResidentView();
    const leave = page.getByRole('button', { name: 'Terug naar de werker' });
    await leave.scrollIntoViewIfNeeded();
    const box = (await leave.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.waitForURL((url) => url.pathname === householdPath);
    await page.mouse.up();

    await page.goto(new URL(`${householdPath}/kaart?onderdeel=dagbesteding`, server.url).href);
    const map = new MapPage(page, server.url);
    await map.subdomainTitle.filter({ hasText: 'Dagbesteding' }).waitFor();
    expect(await map.score('bewoner', 7).isChecked()).toBe(true);
    expect(await map.score('werker', 3).isChecked()).toBe(true);
    await page.getByText(residentWords).waitFor();
    expect(await map.text('Wat zijn problemen én: wat zijn mogelijkheden / wat gaat goed?').inputValue()).toBe(workerNotes.problems);
  });
});

function titleIsGeneric(title: string): boolean {
  return title === 'Bewonersweergave – Voordeur';
}
