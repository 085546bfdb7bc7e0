import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';
import { ContactPage } from './contact-page';
import { MapPage } from './map-page';

/** /huishouden/:id: what to do next, the contact moments, the map's progress and the details. */
export class TimelinePage extends AppPage {
  /** The contact moment cards, newest first; each reads date, channel and outcome. */
  get contactCards(): Locator {
    return this.page.locator('section[aria-labelledby="contacts-title"] a.card');
  }

  /** "Open punten": the links to unanswered steps and passed planning dates. */
  get openQuestionLinks(): Locator {
    return this.page.locator('section[aria-labelledby="open-title"] a');
  }

  /** The map summary's "n van m onderdelen besproken" of one life domain. */
  mapProgress(domainTitle: string): Locator {
    return this.page
      .locator('.map-summary__domain')
      .filter({ has: this.page.locator('.map-summary__title', { hasText: domainTitle }) })
      .locator('.map-progress__text');
  }

  /** A value under "Over dit huishouden", by its label (e.g. "Wie wonen er?"). */
  detail(label: string): Locator {
    return this.page
      .locator('section[aria-labelledby="about-title"] dl > div')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
  }

  async newContact(): Promise<ContactPage> {
    await this.page.getByRole('link', { name: 'Nieuw contact' }).click();
    const contact = new ContactPage(this.page, this.baseUrl);
    await contact.waitForHeading('Nieuw contact');
    return contact;
  }

  async openContact(index = 0): Promise<ContactPage> {
    const card = this.contactCards.nth(index);
    const channel = (await card.locator('.card__meta').first().textContent()) ?? '';
    await card.click();
    const contact = new ContactPage(this.page, this.baseUrl);
    await contact.waitForHeading(channel);
    return contact;
  }

  async openMap(): Promise<MapPage> {
    await this.page.getByRole('link', { name: 'Leefgebiedenkaart', exact: true }).click();
    const map = new MapPage(this.page, this.baseUrl);
    await map.waitForOverview();
    return map;
  }
}
