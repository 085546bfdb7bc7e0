import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';
import { HouseholdFormPage } from './household-form-page';
import { TimelinePage } from './timeline-page';

/** The start screen: the team's households on this device. */
export class HouseholdsPage extends AppPage {
  async openList(): Promise<void> {
    await this.open('/');
    await this.waitForHeading('Huishoudens');
  }

  get emptyNotice(): Locator {
    return this.page.getByText('Er staan nog geen huishoudens op dit apparaat.');
  }

  /** The household cards (links) in the list. */
  get cards(): Locator {
    return this.page.locator('main .plain-list > li > a.card');
  }

  card(label: string): Locator {
    return this.cards.filter({ has: this.page.locator('.card__title', { hasText: label }) });
  }

  async addHousehold(): Promise<HouseholdFormPage> {
    await this.page.getByRole('link', { name: 'Huishouden toevoegen' }).click();
    const form = new HouseholdFormPage(this.page, this.baseUrl);
    await form.waitForHeading('Nieuw huishouden');
    return form;
  }

  async openHousehold(label: string): Promise<TimelinePage> {
    await this.card(label).click();
    const timeline = new TimelinePage(this.page, this.baseUrl);
    await timeline.waitForHeading(label);
    return timeline;
  }
}
