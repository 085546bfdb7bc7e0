import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

export interface DecisionInput {
  agreed: string;
  nextStepBy?: string;
  todoFor?: string;
  todoText?: string;
}

/** /kernteam and /kernteam/overleg: the team's review list, the meeting and its decisions. */
export class ReviewPage extends AppPage {
  async openFromHouseholds(): Promise<void> {
    await this.page.getByRole('link', { name: 'Kernteam', exact: true }).click();
    await this.waitForHeading('Kernteam');
  }

  /** The review's rows (household cards), in the order shown. */
  get rows(): Locator {
    return this.page.locator('main .review-row__card');
  }

  async titles(): Promise<string[]> {
    return this.rows.locator('.card__title').allInnerTexts();
  }

  async chooseForToday(label: string): Promise<void> {
    await this.page.getByRole('button', { name: `Vandaag bespreken: ${label}` }).click();
    await this.page.getByRole('button', { name: `Vandaag bespreken: ${label}`, pressed: true }).waitFor();
  }

  async startMeeting(): Promise<void> {
    await this.page.getByRole('link', { name: /^Overleg starten/ }).click();
    await this.waitForHeading('Overleg kernteam');
  }

  async recordDecision(decision: DecisionInput): Promise<void> {
    await this.page.getByLabel('Wat is afgesproken?').fill(decision.agreed);
    if (decision.nextStepBy) await this.page.getByLabel('Wie doet de volgende stap?').fill(decision.nextStepBy);
    if (decision.todoFor) await this.page.getByLabel(/Te doen voor/).fill(decision.todoFor);
    if (decision.todoText) await this.page.getByLabel('Wat moet de collega doen of beantwoorden?').fill(decision.todoText);
    await this.page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await this.page.getByText('Het besluit is vastgelegd.').waitFor();
  }
}
