// Makes the README's screenshots: the real server on a throwaway data directory, the real app in
// Chromium at phone size, filled through the UI with the module's worked case (fictional).
// Run after a build: `npx vite build && npx tsx scripts/screenshots.ts`.
// Besides docs/screenshot.png and docs/screenshot-household.png it writes every screen at 320 and
// 390 px wide to /tmp/shots/ (for a visual check, not for the repository), and prints what axe and
// the sideways-scroll check find on each.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/support/chromium';
import { startServer } from '../tests/e2e/support/server';
import { createWorkers } from '../tests/e2e/support/accounts';
import { screenProblems } from '../tests/e2e/support/screen-check';
import { LoginPage } from '../tests/e2e/pages/login-page';
import { MapPage } from '../tests/e2e/pages/map-page';

const worker = { username: 'esme', password: 'voorbeeld-wachtwoord', team: 'Kernteam Noord' };
const shotsDir = '/tmp/shots';
// The smallest phone still in use, and a common one.
const phones = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
] as const;
const docsPhone = phones[1];

/** The current screen at every phone width, full length, with what the checks find. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const size of phones) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${shotsDir}/${name}-${size.width}.png`, fullPage: true });
    const problems = await screenProblems(page);
    for (const problem of problems) console.log(`  ${name} @${size.width}: ${problem}`);
  }
  await page.setViewportSize(docsPhone);
}

await mkdir(shotsDir, { recursive: true });
const server = await startServer();
const browser = await launchChromium();
try {
  await createWorkers(server, [worker]);
  const context = await browser.newContext({ viewport: docsPhone, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const login = new LoginPage(page, server.url);
  await login.open('/');
  await login.waitForHeading('Inloggen');
  await shoot(page, '01-login');
  const households = await login.logIn(worker.username, worker.password);
  await households.waitForSyncLine(/Alles bijgewerkt/);
  await shoot(page, '02-households-empty');

  const form = await households.addHousehold();
  await shoot(page, '03-household-new');
  await form.fill({
    label: 'Voorbeeldlaan 62',
    members: 'De heer F. van Noord (62); zoon Harrie (15) woont elders',
    reportedBy: 'Woningcorporatie',
    reportReason: 'Voelt zich eenzaam, zegt dat niemand zich om hem bekommert.',
  });
  await shoot(page, '04-household-filled');
  await households.openList();
  await households.card('Voorbeeldlaan 62').waitFor();
  await shoot(page, '05-households-list');

  const timeline = await households.openHousehold('Voorbeeldlaan 62');
  const contact = await timeline.newContact();
  await shoot(page, '06-contact-channel');
  await contact.chooseChannel('Huisbezoek / outreachend');
  await shoot(page, '07-contact-doorstep');
  await contact.chooseOutcome('Binnen geweest');
  await shoot(page, '08-contact-doorstep-chosen');
  await contact.startConversation();
  await contact.next();
  await contact.next();
  await contact.write('Hoe gaat het met u?', 'Slecht geslapen; hij wil praten over de brief van de corporatie.');
  await page.screenshot({ path: 'docs/screenshot.png' });
  await shoot(page, '09-contact-step');
  await contact.goToStep('Afronden');
  await shoot(page, '10-contact-finish');

  // A server that fails: the header has to show the error without pushing the screen away.
  await page.route('**/api/sync/**', (route) => route.fulfill({ status: 500, body: '{}' }));
  await contact.back();
  await timeline.waitForHeading('Voorbeeldlaan 62');
  await page.getByRole('button', { name: 'Nu bijwerken' }).click();
  await page.locator('.sync-status--problem').waitFor();
  await shoot(page, '11-household-server-error');
  await page.unroute('**/api/sync/**');
  await timeline.syncNow();
  await timeline.waitForSyncLine(/Alles bijgewerkt/);
  await page.screenshot({ path: 'docs/screenshot-household.png', fullPage: true });
  await shoot(page, '12-household');
  // The pill opened (the full sentence), then the account menu.
  await page.getByRole('button', { name: 'Bijgewerkt', exact: true }).click();
  await shoot(page, '12-household-status-open');
  await page.getByRole('button', { name: 'Bijgewerkt', exact: true }).click();
  await page.locator('.account-menu summary').click();
  await shoot(page, '12-household-account-open');
  await page.locator('.account-menu summary').click();
  await page.getByRole('button', { name: 'Huishouden wissen' }).click();
  await page.getByRole('button', { name: 'Niet wissen' }).waitFor();
  await shoot(page, '12-household-erase-dialog');
  await page.getByRole('button', { name: 'Niet wissen' }).click();

  const map: MapPage = await timeline.openMap();
  await shoot(page, '13-map-overview');
  await map.openSubdomain('Huisvesting');
  await shoot(page, '14-map-subdomain');
  await map.backToOverview();
  await page.getByRole('radio', { name: 'Eenvoudig', exact: true }).check();
  await page.locator('.map-simple-entry').first().waitFor();
  await shoot(page, '15-map-simple');

  await context.setOffline(true);
  await map.back();
  await timeline.waitForHeading('Voorbeeldlaan 62');
  await page.getByRole('button', { name: 'Nu bijwerken' }).click();
  await page.locator('.sync-status--waiting').waitFor();
  await shoot(page, '16-household-offline');
  console.log(`Wrote docs/screenshot.png, docs/screenshot-household.png and ${shotsDir}/*.png`);
} finally {
  await browser.close();
  await server.stop();
}
