import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login-page';
import { createWorkers } from './support/accounts';
import { launchPersistentChromium } from './support/chromium';
import { startServer, type RunningServer } from './support/server';

/**
 * The browser keeps its own copies of what a page shows: titles go to its History file, and the
 * text of form fields to the session-restore files (Sessions/, as UTF-16). Neither may ever hold
 * what a worker typed about a resident. The app's own store (IndexedDB, and localStorage for
 * drafts) is left out here: sealing it is the encryption at rest of DESIGN.md's security model.
 */
const worker = { username: 'sanne.bakker', password: 'lange-zin-voor-sanne', team: 'Outreach West' };
const canaries = {
  label: 'Kanarielaan 7 Zwaluw',
  reason: 'Kanarie-melding over de trap',
  answer: 'Kanarie-antwoord van de bewoner',
};
const appStore = /^Default\/(IndexedDB|Local Storage)\//;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every file of the profile, outside the app's own store, that holds a canary (UTF-8 or UTF-16LE). */
async function browserCopiesOf(profileDir: string, texts: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of await filesUnder(profileDir)) {
    const name = relative(profileDir, file);
    if (appStore.test(name)) continue;
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) continue;
    for (const text of texts) {
      if (bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'))) found.push(`${name}: ${text}`);
    }
  }
  return found;
}

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

  it('not in History (page titles) and not in the session-restore files (form fields)', async () => {
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
    // The field stays on screen, typed in, as the browser closes: its text is in the page's state.
    await page.getByText('Opgeslagen', { exact: true }).first().waitFor();

    // A normal close writes the session (for "restore tabs") and History.
    await context!.close();
    context = undefined;
    expect(await browserCopiesOf(profileDir, Object.values(canaries))).toEqual([]);
  });
});
