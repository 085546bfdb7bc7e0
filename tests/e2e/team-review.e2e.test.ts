// Issue 12, at 360 px and at 1280 px: worker A, offline, records a contact and a plan action with
// a past date; worker B, after sync, sees A's household as overdue at the top of the kernteam's
// review and records a team decision with a to-do for A; A sees the to-do after sync and marks
// it done; B sees it done. Every screen on the way: axe finds nothing serious, no sideways scroll.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../src/domain';
import { HouseholdsPage } from './pages/households-page';
import { LoginPage } from './pages/login-page';
import { PlanPage } from './pages/plan-page';
import { ReviewPage } from './pages/review-page';
import { createWorkers, type Worker } from './support/accounts';
import { launchChromium } from './support/chromium';
import { screenProblems } from './support/screen-check';
import { startServer, type RunningServer } from './support/server';
import { saved } from './support/saved';

const anna: Worker = { username: 'anna', password: 'anna-haar-lange-zin', team: 'Outreach Noord' };
const bram: Worker = { username: 'bram', password: 'bram-zijn-lange-zin', team: 'Outreach Noord' };
const annasHousehold = 'Kastanjelaan 9';
const bramsHousehold = 'Eikenlaan 2';
const todo = 'Bel de woningcorporatie en laat weten wat ze zeggen.';

describe.each([
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
])('the kernteam review at $width px', (viewport) => {
  let server: RunningServer;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let a: HouseholdsPage;
  let b: HouseholdsPage;

  beforeAll(async () => {
    server = await startServer();
    await createWorkers(server, [anna, bram]);
    browser = await launchChromium();
    a = await logIn(anna);
    b = await logIn(bram);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    contexts = [];
    await browser?.close();
    await server?.stop();
  });

  async function logIn(worker: Worker): Promise<HouseholdsPage> {
    const context = await browser.newContext({ viewport, hasTouch: viewport.width < 600 });
    contexts.push(context);
    const page = await context.newPage();
    const login = new LoginPage(page, server.url);
    await login.open('/');
    const households = await login.logIn(worker.username, worker.password);
    await households.waitUntilServiceWorkerControls();
    await households.waitForSyncLine(/Alles bijgewerkt/);
    return households;
  }

  it('worker A, offline, records a contact and a plan action with a past date', async () => {
    // B's household has never had a contact: "longest without contact" would put it first.
    await (await b.addHousehold()).fill({ label: bramsHousehold });
    await b.waitForSyncLine(/Alles bijgewerkt/);
    await (await a.addHousehold()).fill({ label: annasHousehold });
    await a.waitForSyncLine(/Alles bijgewerkt/);

    await a.page.context().setOffline(true);
    await a.openList();
    await a.openHousehold(annasHousehold);
    await a.page.getByRole('button', { name: 'Aan de deur (erop af)' }).click();
    await a.waitForHeading('Erop af na een melding');
    await a.page.getByText('Niet thuis', { exact: true }).click();
    await saved(a.page).waitFor();
    await a.openList();
    await a.openHousehold(annasHousehold);
    await a.page.getByRole('link', { name: 'Plan', exact: true }).click();
    const plan = new PlanPage(a.page, server.url);
    await plan.waitForHeading('Plan');
    const goal = await plan.addGoal('Ik wil mijn huis houden.');
    await plan.addAction(goal, {
      what: 'Afspraak maken over de huurachterstand',
      who: 'Een professional of organisatie',
      name: 'Woningcorporatie',
      dueDate: addDays(localDay(new Date()), -3),
    });
    await goal.getByText('Over tijd').waitFor();
    await a.waitForSyncLine(/wachten op verbinding/i);
    expect(await screenProblems(a.page)).toEqual([]);
    await a.page.context().setOffline(false);
    await a.syncNow();
    await a.waitForSyncLine(/Alles bijgewerkt/);
  });

  it("worker B, after sync, sees A's household overdue at the top of the review", async () => {
    await b.openList();
    await b.syncNow();
    const review = new ReviewPage(b.page, server.url);
    await review.openFromHouseholds();
    await review.rows.filter({ hasText: bramsHousehold }).waitFor();
    expect(await review.titles()).toEqual([annasHousehold, bramsHousehold]);
    await expect.poll(() => review.rows.first().innerText()).toMatch(/Achterstallig/);
    expect(await review.rows.first().innerText()).toMatch(/1 actie over tijd/);
    expect(await b.page.getByTestId('review-freshness').innerText()).toMatch(/^Bijgewerkt om \d{2}:\d{2}/);
    expect(await screenProblems(b.page)).toEqual([]);
  });

  it('worker B records a team decision with a to-do for A', async () => {
    const review = new ReviewPage(b.page, server.url);
    await review.chooseForToday(annasHousehold);
    await review.startMeeting();
    await b.page.getByText('Huishouden 1 van 1').waitFor();
    await b.page.getByRole('heading', { name: annasHousehold }).waitFor();
    expect(await screenProblems(b.page)).toEqual([]);
    await review.recordDecision({ agreed: 'Anna neemt contact op met de corporatie.', nextStepBy: 'Anna', todoFor: anna.username, todoText: todo });
    await b.page.getByTestId('todo-state').filter({ hasText: 'Nog niet gedaan' }).waitFor();
    expect(await screenProblems(b.page)).toEqual([]);
    await b.syncNow();
    await b.waitForSyncLine(/Alles bijgewerkt/);
  });

  it('worker A sees the to-do after sync and marks it done', async () => {
    await a.openList();
    await a.syncNow();
    await a.page.getByText(`Van het kernteam: ${todo}`).waitFor();
    expect(await screenProblems(a.page)).toEqual([]);
    await a.page.getByRole('button', { name: `Gedaan: taak bij ${annasHousehold}` }).click();
    await a.page.getByText(`Van het kernteam: ${todo}`).waitFor({ state: 'detached' });
    await a.syncNow();
    await a.waitForSyncLine(/Alles bijgewerkt/);
  });

  it('worker B sees it done, in the household and in the review', async () => {
    await b.syncNow();
    await b.page.getByTestId('todo-state').filter({ hasText: /^Gedaan/ }).waitFor();
    const review = new ReviewPage(b.page, server.url);
    await review.open('/kernteam');
    await review.waitForHeading('Kernteam');
    await expect.poll(() => review.rows.first().innerText()).toMatch(/1 gedaan/);
    expect(await screenProblems(b.page)).toEqual([]);
  });
});
