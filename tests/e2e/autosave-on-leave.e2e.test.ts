// The last words typed before a reload, a closed tab or a "back" are not lost: keystrokes are
// kept synchronously until their IndexedDB write commits (src/client/db/drafts.ts), and the form
// restores and saves them when it opens again. No "leave page?" prompt is needed for that.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactPage } from './pages/contact-page';
import { LoginPage } from './pages/login-page';
import { createWorkers } from './support/accounts';
import { launchChromium } from './support/chromium';
import { startServer, type RunningServer } from './support/server';

const worker = { username: 'sanne', password: 'lange-zin-voor-sanne', team: 'Outreach Zuid' };
const question = 'Hoe gaat het met u?';

describe('autosave when the worker leaves at once', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let contact: ContactPage;
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    await createWorkers(server, [worker]);
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    const login = new LoginPage(page, server.url);
    await login.open('/');
    const households = await login.logIn(worker.username, worker.password);
    const form = await households.addHousehold();
    await form.fill({ label: 'Berkenhof 3' });
    const timeline = await form.openHousehold('Berkenhof 3');
    contact = await timeline.newContact();
    await contact.chooseChannel('Huisbezoek / outreachend');
    await contact.startConversation();
    await contact.next();
    await contact.next();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Types as a person does (key by key), so the page has the user activation a prompt needs. */
  async function typeAnswer(text: string): Promise<void> {
    const field = contact.answer(question);
    await field.fill('');
    await field.click();
    await page.keyboard.type(text);
  }

  it('keeps what was typed right before a reload', async () => {
    const text = 'Net getypt, meteen herladen.';
    await typeAnswer(text);
    await page.reload();
    await expect.poll(() => contact.answer(question).inputValue()).toBe(text);
  });

  it('keeps what was typed right before the tab was closed, and stores it when reopened', async () => {
    const text = 'Net getypt, tabblad meteen dicht.';
    await typeAnswer(text);
    const address = page.url();
    const context = page.context();
    await page.close();
    page = await context.newPage();
    await page.goto(address);
    const field = page.getByLabel(question, { exact: true });
    await expect.poll(() => field.inputValue()).toBe(text);
    // Restored and written: its draft is settled (removed once the write committed), and after
    // another reload (no typing in between) the text is still there.
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('voordeur:draft:')))).toBe(false);
    await page.reload();
    await expect.poll(() => page.getByLabel(question, { exact: true }).inputValue()).toBe(text);
    contact = new ContactPage(page, server.url);
  });

  it('keeps what was typed right before going back to the household', async () => {
    const text = 'Net getypt, meteen terug.';
    await typeAnswer(text);
    await contact.back();
    await page.goBack();
    await expect.poll(() => contact.answer(question).inputValue()).toBe(text);
    expect(dialogs).toEqual([]);
  });
});
