import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export type Scorer = 'bewoner' | 'werker';

/** /huishouden/:id/kaart: the leefgebiedenkaart, its overview and one subdomain (?onderdeel=). */
export class MapPage extends AppPage {
  async waitForOverview(): Promise<void> {
    await this.page.locator('section.map-group').first().waitFor();
  }

  /** "n van m onderdelen besproken" of a life domain on the overview. */
  progress(domainTitle: string): Locator {
    return this.page
      .locator('section.map-group')
      .filter({ has: this.page.locator('h2', { hasText: new RegExp(`^\\d+\\. ${domainTitle}$`) }) })
      .locator('.map-progress__text');
  }

  async openSubdomain(title: string): Promise<void> {
    await this.page.locator('a.map-card').filter({ hasText: title }).click();
    await this.subdomainTitle.filter({ hasText: title }).waitFor();
  }

  get subdomainTitle(): Locator {
    return this.page.locator('.map-subdomain h2');
  }

  /** A topic under "Wat is besproken?"; ticking it saves at once. */
  topic(text: string): Locator {
    return this.page.getByRole('checkbox', { name: text, exact: true });
  }

  /** One of the four questions that hold for every subdomain. */
  text(question: string): Locator {
    return this.page.getByLabel(question, { exact: true });
  }

  score(by: Scorer, value: number): Locator {
    return this.page.getByRole('group', { name: new RegExp(`^Cijfer van de ${by}`) }).getByRole('radio', { name: String(value), exact: true });
  }

  /** "Volgende: …": saves, then opens the next subdomain. */
  async nextSubdomain(title: string): Promise<void> {
    await this.page.getByRole('link', { name: `Volgende: ${title}` }).click();
    await this.subdomainTitle.filter({ hasText: title }).waitFor();
  }

  /** Saves, then shows the four life domains again. */
  async backToOverview(): Promise<void> {
    await this.page.getByRole('link', { name: 'Terug naar het overzicht' }).click();
    await this.waitForOverview();
  }
}
