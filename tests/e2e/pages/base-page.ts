import type { Locator, Page } from 'playwright-core';

/** What every screen's page object can do; screen page objects extend it. */
export class BasePage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).href);
  }

  /** Resolves once the service worker serves this page (after the first visit it has precached the shell). */
  async waitUntilServiceWorkerControls(): Promise<void> {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }

  get mainHeading(): Locator {
    return this.page.locator('main h1');
  }

  /** Fetches from inside the page, so the request goes through the service worker like the app's own. */
  fetchJson(path: string): Promise<{ ok: boolean; status: number; body: unknown }> {
    return this.page.evaluate(async (url) => {
      const response = await fetch(url);
      const body: unknown = await response.json().catch(() => null);
      return { ok: response.ok, status: response.status, body };
    }, path);
  }

  /** True when a request from the page cannot reach the network (offline emulation works). */
  networkUnreachable(path = '/api/health'): Promise<boolean> {
    return this.page.evaluate(async (url) => {
      try {
        await fetch(url, { cache: 'no-store' });
        return false;
      } catch {
        return true;
      }
    }, path);
  }
}
