import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

/** A screen inside the app: the header shows how this device stands with the team. */
export class AppPage extends BasePage {
  get syncLine(): Locator {
    return this.page.locator('.sync-status__line');
  }

  /**
   * Resolves once the sync line says this, e.g. /wachten op verbinding/ or /Alles bijgewerkt/. The
   * header shows it in full only when opened or when something went wrong (a short pill otherwise),
   * so this reads it whether shown or not.
   */
  async waitForSyncLine(text: RegExp): Promise<void> {
    await this.page.locator('.sync-status__line', { hasText: text }).waitFor({ state: 'attached' });
  }

  /** Presses "Nu bijwerken" and resolves when that pass has pulled and finished. */
  async syncNow(): Promise<void> {
    const pulled = this.page.waitForResponse((response) => response.url().endsWith('/api/sync/pull') && response.ok());
    await this.page.getByRole('button', { name: 'Nu bijwerken' }).click();
    await pulled;
    // While a pass runs the button says "Bezig met bijwerken…"; it comes back when the pass is done.
    await this.page.getByRole('button', { name: 'Nu bijwerken' }).and(this.page.locator(':enabled')).waitFor();
  }

  /** The "←" link at the top: the screen above this one. */
  async back(): Promise<void> {
    await this.page.locator('.page__back').click();
  }

  async waitForHeading(text: string): Promise<void> {
    await this.page.locator('main h1', { hasText: text }).waitFor();
  }

  /** The path and query of the current address, e.g. /huishouden/…/kaart?onderdeel=netwerk. */
  get path(): string {
    const url = new URL(this.page.url());
    return url.pathname + url.search;
  }
}
