import { AppPage } from './app-page';
import { TimelinePage } from './timeline-page';

export interface HouseholdInput {
  label: string;
  members?: string;
  reportedBy?: string;
  reportReason?: string;
}

/** /nieuw and /huishouden/:id/gegevens: autosaved, no save button. */
export class HouseholdFormPage extends AppPage {
  /** Types the household; it is created as soon as it has a label (its id then goes into the address). */
  async fill({ label, members, reportedBy, reportReason }: HouseholdInput): Promise<void> {
    await this.page.getByLabel('Korte naam', { exact: true }).fill(label);
    await this.page.waitForURL(/[?&]id=/);
    const fields: [string, string | undefined][] = [
      ['Wie wonen er?', members],
      ['Melding door …', reportedBy],
      ['Reden van de melding', reportReason],
    ];
    for (const [name, value] of fields) if (value !== undefined) await this.page.getByLabel(name, { exact: true }).fill(value);
  }

  async openHousehold(label: string): Promise<TimelinePage> {
    await this.page.getByRole('link', { name: 'Naar het huishouden' }).click();
    const timeline = new TimelinePage(this.page, this.baseUrl);
    await timeline.waitForHeading(label);
    return timeline;
  }
}
