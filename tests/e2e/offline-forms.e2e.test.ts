// Issue 2: a worker logs in once online, then does all the work of a home visit offline —
// household, guided contact moment, leefgebiedenkaart — and nothing is lost across reloads.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HouseholdsPage } from './pages/households-page';
import { LoginPage } from './pages/login-page';
import { MapPage } from './pages/map-page';
import type { TimelinePage } from './pages/timeline-page';
import { createWorkers } from './support/accounts';
import { launchPersistentChromium } from './support/chromium';
import { screenProblems } from './support/screen-check';
import { startServer, type RunningServer } from './support/server';

const worker = { username: 'noor.de.vries', password: 'lange-zin-voor-noor', team: 'Outreach Noord' };
const household = {
  label: 'Kastanjelaan 12',
  members: 'Moeder en twee kinderen (fictief)',
  reportedBy: 'De buurman',
  reportReason: 'Post stapelt zich op achter de deur.',
};
const channel = 'Huisbezoek / outreachend';
const answers = {
  first: ['Hoe gaat het met u?', 'Moe, de brieven stapelen zich op.'],
  different: ['Wat zou u anders willen?', 'Weer overzicht over de post.'],
  guard: ['Wie gaat dat bewaken?', 'De buurman kijkt mee.'],
  help: ['Heeft u hier hulp bij gevraagd?', 'Nog niet, alleen aan de buurman.'],
} as const;
const networkStep = 'Netwerk: familie, vrienden, buren, bekenden';
const map = {
  experience: 'Hoe beleeft de persoon het zelf en wat zie jij?',
  situation: 'Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.',
};

interface Manifest {
  name: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** Fetches a PNG through the page (so through the service worker) and reads its size from its header. */
function pngSize(page: Page, src: string): Promise<{ type: string | null; width: number; height: number }> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const header = new DataView(await response.arrayBuffer());
    return { type: response.headers.get('content-type'), width: header.getUint32(16), height: header.getUint32(20) };
  }, src);
}

describe('offline: household, contact moment and leefgebiedenkaart', () => {
  let server: RunningServer;
  let profileDir: string;
  let context: BrowserContext;
  let page: Page;
  let householdPath: string;

  beforeAll(async () => {
    server = await startServer();
    await createWorkers(server, [worker]);
    // A profile on disk, as on a phone: Chromium does not offer to install an app in a private window.
    profileDir = await mkdtemp(join(tmpdir(), 'voordeur-e2e-profile-'));
    context = await launchPersistentChromium(profileDir);
    page = await newPhonePage();
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it('logs in online once and keeps working after going offline', async () => {
    const login = new LoginPage(page, server.url);
    await login.open('/');
    expect(await screenProblems(page)).toEqual([]);
    const households = await login.logIn(worker.username, worker.password);
    await households.waitUntilServiceWorkerControls();
    await households.waitForSyncLine(/Alles bijgewerkt/);

    await context.setOffline(true);
    await page.reload();
    await households.waitForHeading('Huishoudens');
    await households.emptyNotice.waitFor();
    expect(await screenProblems(page)).toEqual([]);
  });

  it('adds a household offline', async () => {
    const form = await new HouseholdsPage(page, server.url).addHousehold();
    expect(await screenProblems(page)).toEqual([]);
    await form.fill(household);
    expect(await screenProblems(page)).toEqual([]);

    const timeline = await form.openHousehold(household.label);
    householdPath = new URL(page.url()).pathname;
    await timeline.detail('Melding door …').filter({ hasText: household.reportedBy }).waitFor();
    expect(await timeline.detail('Wie wonen er?').textContent()).toBe(household.members);
    expect(await timeline.detail('Reden van de melding').textContent()).toBe(household.reportReason);
    await timeline.waitForSyncLine(/wachten? op verbinding/);
    expect(await screenProblems(page)).toEqual([]);
  });

  it('records a home visit: outcome, answers, a skipped step picked up again', async () => {
    const timeline = await openTimeline();
    const contact = await timeline.newContact();
    expect(await screenProblems(page)).toEqual([]);
    await contact.chooseChannel(channel);
    await contact.chooseOutcome('Binnen geweest');
    expect(await screenProblems(page)).toEqual([]);

    await contact.startConversation();
    expect(await contact.stepTitle.textContent()).toBe('Compliment bij ontvangst');
    expect(await screenProblems(page)).toEqual([]);
    await contact.next(); // Introductie van jezelf
    await contact.next(); // De eerste vraag
    await contact.write(...answers.first);
    expect(await screenProblems(page)).toEqual([]);
    await contact.next(); // Vragen aan burger zelf
    await contact.write(...answers.different);
    await contact.next();
    expect(await contact.stepTitle.textContent()).toBe(networkStep);
    await contact.skip();
    expect(await contact.stepTitle.textContent()).toBe('Planning');
    await contact.write(...answers.guard);
    await contact.next();
    expect(await contact.stepState(networkStep)).toBe('nog open');
    expect(await screenProblems(page)).toEqual([]);

    await contact.goToStep(networkStep);
    await contact.write(...answers.help);
    await contact.next();
    expect(await contact.stepState(networkStep)).toBe('ingevuld');
    expect(await contact.stepState('Planning')).toBe('ingevuld');
    expect(await contact.stepState('De eerste vraag')).toBe('ingevuld');
    expect(await contact.stepState('Compliment bij ontvangst')).toBe('niets in te vullen');
  });

  it('fills part of the leefgebiedenkaart and shows the progress per domain', async () => {
    const timeline = await openTimeline();
    const mapPage = await timeline.openMap();
    expect(await mapPage.progress('Dag').textContent()).toBe('0 van 4 onderdelen besproken');
    expect(await screenProblems(page)).toEqual([]);

    await mapPage.openSubdomain('Dagbesteding');
    await mapPage.topic('dagindeling').check();
    await mapPage.topic('kinderopvang (in eigen netwerk?)').check();
    await mapPage.text(map.experience).fill('Ze wil graag weer werken.');
    await mapPage.score('bewoner', 4).check();
    await mapPage.score('werker', 5).check();
    expect(await screenProblems(page)).toEqual([]);

    await mapPage.nextSubdomain('Sociaal functioneren');
    await mapPage.text(map.situation).fill('Contact met de ex-partner is moeizaam.');
    await mapPage.backToOverview();
    await mapPage.openSubdomain('Huisvesting');
    await mapPage.topic('inrichting / inventaris').check();
    await mapPage.backToOverview();

    await expectMapProgress(mapPage);
    expect(await screenProblems(page)).toEqual([]);
  });

  it('keeps everything through a reload and a new page, still offline', async () => {
    await page.reload();
    const mapPage = new MapPage(page, server.url);
    await mapPage.waitForOverview();
    await expectMapProgress(mapPage);

    await page.close();
    page = await newPhonePage();
    const households = new HouseholdsPage(page, server.url);
    await households.openList();
    await households.waitUntilServiceWorkerControls();
    expect(await households.networkUnreachable()).toBe(true);
    await households.waitForSyncLine(/wachten? op verbinding/);

    const timeline = await households.openHousehold(household.label);
    expect(await timeline.detail('Melding door …').textContent()).toBe(household.reportedBy);
    await timeline.contactCards.filter({ hasText: 'Binnen geweest' }).waitFor();
    expect(await timeline.contactCards.count()).toBe(1);
    expect(await timeline.mapProgress('Dag').textContent()).toBe('2 van 4 onderdelen besproken');
    expect(await screenProblems(page)).toEqual([]);

    const contact = await timeline.openContact();
    expect(await contact.outcome('Binnen geweest').isChecked()).toBe(true);
    await contact.startConversation();
    await contact.goToStep('De eerste vraag');
    expect(await contact.answer(answers.first[0]).inputValue()).toBe(answers.first[1]);
    await contact.goToStep(networkStep);
    expect(await contact.answer(answers.help[0]).inputValue()).toBe(answers.help[1]);
    await contact.goToStep('Planning');
    expect(await contact.answer(answers.guard[0]).inputValue()).toBe(answers.guard[1]);

    await page.goto(new URL(`${householdPath}/kaart?onderdeel=dagbesteding`, server.url).href);
    const mapPage2 = new MapPage(page, server.url);
    await mapPage2.subdomainTitle.filter({ hasText: 'Dagbesteding' }).waitFor();
    expect(await mapPage2.topic('dagindeling').isChecked()).toBe(true);
    expect(await mapPage2.topic('betaald werk (vast, onregelmatig), re-integratie').isChecked()).toBe(false);
    expect(await mapPage2.text(map.experience).inputValue()).toBe('Ze wil graag weer werken.');
    expect(await mapPage2.score('bewoner', 4).isChecked()).toBe(true);
    expect(await mapPage2.score('werker', 5).isChecked()).toBe(true);
    expect(await screenProblems(page)).toEqual([]);
  });

  it('is installable: a valid manifest and icons, also offline', async () => {
    const app = new HouseholdsPage(page, server.url);
    expect(await app.networkUnreachable()).toBe(true);
    const manifestUrl = new URL('/manifest.webmanifest', server.url);
    const { ok, body } = await app.fetchJson(manifestUrl.pathname);
    expect(ok).toBe(true);
    const manifest = body as Manifest;
    expect(manifest).toMatchObject({ name: 'Voordeur', start_url: '/', display: 'standalone' });
    const icons = await Promise.all(manifest.icons.map(async (icon) => ({ ...icon, ...(await pngSize(page, new URL(icon.src, manifestUrl).pathname)) })));
    expect(icons).toContainEqual(expect.objectContaining({ sizes: '512x512', purpose: 'maskable', width: 512, height: 512 }));
    expect(icons).toContainEqual(expect.objectContaining({ sizes: '192x192', width: 192, height: 192 }));
    for (const icon of icons) expect(icon.sizes).toBe(`${icon.width}x${icon.height}`);

    // Chromium's own verdict (what decides whether it offers "Installeren").
    const cdp = await context.newCDPSession(page);
    expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    expect((await cdp.send('Page.getAppManifest')).errors).toEqual([]);
  });

  /** A page at the width of a small phone: every screen is checked for sideways scrolling at 320 px. */
  async function newPhonePage(): Promise<Page> {
    const fresh = context.pages().find((candidate) => candidate.url() === 'about:blank') ?? (await context.newPage());
    await fresh.setViewportSize({ width: 320, height: 640 });
    return fresh;
  }

  async function openTimeline(): Promise<TimelinePage> {
    const households = new HouseholdsPage(page, server.url);
    await households.openList();
    return households.openHousehold(household.label);
  }

  async function expectMapProgress(mapPage: MapPage): Promise<void> {
    expect(await mapPage.progress('Dag').textContent()).toBe('2 van 4 onderdelen besproken');
    expect(await mapPage.progress('Nacht').textContent()).toBe('1 van 3 onderdelen besproken');
    expect(await mapPage.progress('Financiën').textContent()).toBe('0 van 3 onderdelen besproken');
    expect(await mapPage.progress('Functioneren').textContent()).toBe('0 van 4 onderdelen besproken');
  }
});
