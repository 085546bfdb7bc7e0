// Break the glass through a deep link: worker A is the household's regisseur; worker B of the
// team opens the address of its leefgebiedenkaart directly and is asked for a reason first (the
// one household guard in app/routes.tsx), before anything of the household shows.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HouseholdsPage } from './pages/households-page';
import { LoginPage } from './pages/login-page';
import { createWorkers, type Worker } from './support/accounts';
import { launchChromium } from './support/chromium';
import { startServer, type RunningServer } from './support/server';

const anna: Worker = { username: 'anna', password: 'anna-haar-lange-zin', team: 'Outreach Noord' };
const bram: Worker = { username: 'bram', password: 'bram-zijn-lange-zin', team: 'Outreach Noord' };
const household = { label: 'Berkenlaan 5', members: 'NOTITIE-LEDEN: mevrouw alleen (fictief)', reportReason: 'NOTITIE-MELDING: post stapelt zich op' };

describe('the reason gate on a deep link', () => {
  let server: RunningServer;
  let browser: Browser;
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

  it('asks worker B for a reason before the map of worker A\'s household opens', async () => {
    const form = await a.addHousehold();
    await form.fill(household);
    await form.openHousehold(household.label);
    const householdPath = new URL(a.page.url()).pathname;
    await a.page.goto(new URL(`${householdPath}/plan`, server.url).href);
    await a.page.getByRole('button', { name: 'Overdragen' }).click();
    await a.page.getByLabel('Aan wie?').fill('anna');
    await a.page.getByRole('button', { name: 'Overdracht bewaren' }).click();
    await a.page.getByText('Regisseur: anna').waitFor();
    await a.waitForSyncLine(/Alles bijgewerkt/);

    await b.syncNow();
    await b.page.goto(new URL(`${householdPath}/kaart`, server.url).href);
    await b.page.getByRole('heading', { name: 'Waarom opent u dit huishouden?' }).waitFor();
    expect(await b.page.getByText('Zingeving').count()).toBe(0);
    await b.page.getByLabel('Reden').fill('Anna is ziek; ik ga vandaag langs.');
    await b.page.getByRole('button', { name: 'Openen' }).click();
    await b.page.getByText('Zingeving').first().waitFor();
  });
});
