// Issue 11 at 360 px: worker A makes a plan with an own, a network and a professional action (the
// nudge asks for the professional one), draws the network and picks a network person as who;
// worker B of the team sees all of it after sync; an overdue action shows as overdue; the printed
// plan holds the goals and actions and none of the worker's notes; axe finds nothing serious.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../src/domain';
import { HouseholdsPage } from './pages/households-page';
import { LoginPage } from './pages/login-page';
import { NetworkPage } from './pages/network-page';
import { PlanPage } from './pages/plan-page';
import { createWorkers, type Worker } from './support/accounts';
import { launchChromium } from './support/chromium';
import { screenProblems } from './support/screen-check';
import { startServer, type RunningServer } from './support/server';

const anna: Worker = { username: 'anna', password: 'anna-haar-lange-zin', team: 'Outreach Noord' };
const bram: Worker = { username: 'bram', password: 'bram-zijn-lange-zin', team: 'Outreach Noord' };

const household = { label: 'Kastanjelaan 9', members: 'NOTITIE-LEDEN: meneer alleen (fictief)', reportReason: 'NOTITIE-MELDING: buren zien hem niet meer' };
const goalWords = 'Ik wil weer eten in huis hebben.';
const own = { what: 'Een boodschappenlijstje maken', who: 'De bewoner zelf' as const };
const network = { what: 'Elke week samen boodschappen doen', who: 'Iemand uit het netwerk' as const, networkPerson: 'Vrijwilliger van de kerk' };
const professional = { what: 'Aanvraag voedselbank indienen', who: 'Een professional of organisatie' as const, name: 'Maatschappelijk werk' };
const feedback = 'NOTITIE-TERUGKOPPELING: lijstje lag klaar, hij was trots.';

describe('a household\'s plan and network, shared by the team', () => {
  let server: RunningServer;
  let browser: Browser;
  let a: HouseholdsPage;
  let b: HouseholdsPage;
  let householdPath = '';

  beforeAll(async () => {
    server = await startServer();
    await createWorkers(server, [anna, bram]);
    browser = await launchChromium();
    a = await logIn(anna);
    b = await logIn(bram);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function logIn(worker: Worker): Promise<HouseholdsPage> {
    const page: Page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true })).newPage();
    const login = new LoginPage(page, server.url);
    await login.open('/');
    const households = await login.logIn(worker.username, worker.password);
    await households.waitForSyncLine(/Alles bijgewerkt/);
    return households;
  }

  it('worker A draws the network by tapping, at 360 px', async () => {
    const form = await a.addHousehold();
    await form.fill(household);
    await form.openHousehold(household.label);
    householdPath = new URL(a.page.url()).pathname;
    await a.page.getByRole('link', { name: 'Netwerk (ecogram)' }).click();
    const map = new NetworkPage(a.page, server.url);
    await map.waitForHeading('Netwerk');
    await map.addPerson('Vrijwilliger van de kerk', 'Vrijwilliger', 'Zwak');
    await map.addPerson('Harrie', 'Familie', 'Sterk');
    await map.tapAndSetTie('Vrijwilliger van de kerk', 'Sterk');
    await map.tapAndSetTie('Harrie', 'Verbroken');
    expect(await map.node('Harrie').getAttribute('aria-label')).toContain('doorgekruiste lijn');
    expect(await a.page.locator('.ecogram .ecogram__cross').count()).toBe(2);
    expect(await screenProblems(a.page)).toEqual([]);
  });

  it('worker A makes a plan: the nudge asks for the professional action, a network person is picked as who', async () => {
    await a.page.getByRole('link', { name: 'Plan', exact: true }).click();
    const plan = new PlanPage(a.page, server.url);
    await plan.waitForHeading('Plan');
    const goal = await plan.addGoal(goalWords);
    await plan.addAction(goal, professional);
    await plan.nudge.waitFor();
    expect(await screenProblems(a.page)).toEqual([]);
    await a.page.getByRole('button', { name: 'Actie van de bewoner of het netwerk toevoegen' }).click();
    const editor = goal.locator('form.action-editor');
    await editor.getByLabel('Wat gaat er gebeuren?').fill(own.what);
    await editor.getByRole('button', { name: 'Klaar' }).click();
    await goal.locator('.action-summary__what', { hasText: own.what }).waitFor();
    expect(await plan.nudge.count()).toBe(0);
    await plan.addAction(goal, { ...network, dueDate: addDays(localDay(new Date()), -2) });
    await plan.giveFeedback(goal, own.what, feedback);
    await goal.getByText('Over tijd').waitFor();
    expect(await screenProblems(a.page)).toEqual([]);
  });

  it('the network map shows who carries an action', async () => {
    await a.page.goto(new URL(`${householdPath}/netwerk`, server.url).href);
    const map = new NetworkPage(a.page, server.url);
    await map.waitForHeading('Netwerk');
    expect(await map.node('Vrijwilliger van de kerk').getAttribute('aria-label')).toContain('doet 1 actie');
  });

  it('the printed plan holds the goal and who does what, and none of the worker\'s notes', async () => {
    await a.page.goto(new URL(`${householdPath}/plan`, server.url).href);
    const plan = new PlanPage(a.page, server.url);
    await plan.waitForHeading('Plan');
    await plan.openPrint();
    await a.page.getByText(network.what).waitFor();
    expect(await screenProblems(a.page)).toEqual([]);
    await a.page.emulateMedia({ media: 'print' });
    const printed = await a.page.locator('body').innerText();
    await a.page.emulateMedia({ media: 'screen' });
    for (const text of [goalWords, own.what, network.what, professional.what, 'Vrijwilliger van de kerk', 'Wie kan ik bellen?']) expect(printed).toContain(text);
    expect(printed).not.toMatch(/NOTITIE/);
    expect(printed).not.toContain(household.label);
    expect(printed).not.toContain('Afdrukken');
  });

  it('worker B of the team sees the plan, the network and what is over time after sync', async () => {
    await a.waitForSyncLine(/Alles bijgewerkt/);
    await b.syncNow();
    await b.openHousehold(household.label);
    await b.page.getByText('1 actie is over tijd').waitFor();
    expect(await screenProblems(b.page)).toEqual([]);
    await b.page.getByRole('link', { name: 'Plan', exact: true }).click();
    const plan = new PlanPage(b.page, server.url);
    await plan.waitForHeading('Plan');
    const goal = plan.goal(goalWords);
    for (const action of [own, network, professional]) await goal.locator('.action-summary__what', { hasText: action.what }).waitFor();
    await goal.getByText(feedback).waitFor();
    expect(await plan.nudge.count()).toBe(0);
    await b.page.goto(new URL(`${householdPath}/netwerk`, server.url).href);
    const map = new NetworkPage(b.page, server.url);
    await map.waitForHeading('Netwerk');
    expect(await map.node('Harrie').getAttribute('aria-label')).toContain('Verbroken');
    expect(await screenProblems(b.page)).toEqual([]);
  });

  it('the progress screen reads at 360 px and keeps a moment of the map', async () => {
    await b.page.goto(new URL(`${householdPath}/voortgang`, server.url).href);
    await b.waitForHeading('Voortgang');
    await b.page.getByRole('button', { name: 'Kaart van vandaag vastleggen' }).click();
    await b.page.getByText('Vastgelegd.').waitFor();
    expect(await screenProblems(b.page)).toEqual([]);
  });
});
