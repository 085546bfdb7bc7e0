import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login-page';
import { NetworkPage } from './pages/network-page';
import { PlanPage } from './pages/plan-page';
import { TimelinePage } from './pages/timeline-page';
import { createWorkers } from './support/accounts';
import { launchPersistentChromium } from './support/chromium';
import { startServer, type RunningServer } from './support/server';
import { saved } from './support/saved';

/**
 * The browser keeps its own copies of what a page shows: titles go to its History file, and the
 * text of form fields to the session-restore files (Sessions/, as UTF-16). And the app's own store
 * (IndexedDB's LevelDB files, and Local Storage for drafts) keeps every value written, until
 * LevelDB compacts. None of these files may ever hold what a worker typed about a resident: the
 * store is sealed (encryption at rest), titles and form state carry nothing.
 *
 * To see this probe fail without encryption, build with the test-only plain codec:
 * `VITE_PLAIN_CODEC=1 npm run test:e2e -- tests/e2e/browser-copies.e2e.test.ts`.
 */
const worker = { username: 'sanne.bakker', password: 'lange-zin-voor-sanne', team: 'Outreach West' };
const canaries = {
  label: 'Kanarielaan 7 Zwaluw',
  reason: 'Kanarie-melding over de trap',
  answer: 'Kanarie-antwoord van de bewoner',
  person: 'Kanarie-oom Gerrit',
  map: 'Kanarie-kaart werkt graag',
  goal: 'Kanarie-doel eigen huis',
  action: 'Kanarie-actie bel de woningcorporatie',
  draft: 'Kanarie-concept nog niet bewaard',
};
const experience = 'Hoe beleeft de persoon het zelf en wat zie jij?';
const situation = 'Hoe is de situatie nu, wat is nodig / wenselijk? Evt. geschiedenis.';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every file of the profile, the app's own store included, that holds a canary (UTF-8 or UTF-16LE). */
async function browserCopiesOf(profileDir: string, texts: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(profileDir)) {
    const name = relative(profileDir, file);
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) continue;
    for (const text of texts) {
      if (bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'))) found.push(`${name}: ${text}`);
    }
  }
  return found;
}

/** /huishouden/<id> of any address below it. */
const householdPath = (url: string) => new URL(url).pathname.split('/').slice(0, 3).join('/');

describe('the browser keeps no copy of what a worker typed', () => {
  let server: RunningServer;
  let profileDir: string;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    server = await startServer();
    await createWorkers(server, [worker]);
    profileDir = await mkdtemp(join(tmpdir(), 'voordeur-e2e-copies-'));
    context = await launchPersistentChromium(profileDir);
  });

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
  });

  it('not in History, session restore, IndexedDB or Local Storage: synced and unsent, every kind of record and a draft', async () => {
    const page = context!.pages()[0] ?? (await context!.newPage());
    await page.setViewportSize({ width: 360, height: 740 });
    const login = new LoginPage(page, server.url);
    await login.open('/');
    const households = await login.logIn(worker.username, worker.password);

    const form = await households.addHousehold();
    await form.fill({ label: canaries.label, reportReason: canaries.reason });
    const timeline = await form.openHousehold(canaries.label);
    expect(await page.title()).not.toContain(canaries.label);

    const contact = await timeline.newContact();
    await contact.chooseChannel('Huisbezoek / outreachend');
    await contact.chooseOutcome('Binnen geweest');
    await contact.startConversation();
    await contact.next(); // Introductie van jezelf
    await contact.next(); // De eerste vraag
    await contact.write('Hoe gaat het met u?', canaries.answer);
    await saved(page).first().waitFor();
    await households.waitForSyncLine(/Alles bijgewerkt/);

    // Synced: a network person.
    await page.goto(new URL(`${householdPath(page.url())}/netwerk`, server.url).href);
    const network = new NetworkPage(page, server.url);
    await network.waitForHeading('Netwerk');
    await network.addPerson(canaries.person, 'Familie', 'Sterk');
    await households.waitForSyncLine(/Alles bijgewerkt/);

    // Unsent: a goal, an action and the map, typed offline (moving through the app's own links).
    await page.goto(new URL(`${householdPath(page.url())}/plan`, server.url).href);
    const plan = new PlanPage(page, server.url);
    await plan.waitForHeading('Plan');
    await context!.setOffline(true);
    const goal = await plan.addGoal(canaries.goal);
    await plan.addAction(goal, { what: canaries.action, who: 'Een professional of organisatie', name: 'Woningcorporatie' });
    await plan.back();
    const map = await new TimelinePage(page, server.url).openMap();
    await map.waitForOverview();
    await map.openSubdomain('Dagbesteding');
    await map.text(experience).fill(canaries.map);
    await saved(page).first().waitFor();
    // A draft: typed key by key (each keystroke is kept in localStorage until its write commits),
    // and the browser closes right after: the field stays on screen, typed in.
    await map.text(situation).click();
    await page.keyboard.type(canaries.draft);

    // A normal close writes the session (for "restore tabs") and History.
    await context!.close();
    context = undefined;
    expect(await browserCopiesOf(profileDir, Object.values(canaries))).toEqual([]);
  });
});
