import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';
import { saved } from '../support/saved';

export interface ActionInput {
  what: string;
  who: 'De bewoner zelf' | 'Iemand uit het netwerk' | 'Een professional of organisatie';
  networkPerson?: string;
  name?: string;
  dueDate?: string;
}

/** /huishouden/:id/plan: goals, actions, the nudge and the regisseur. */
export class PlanPage extends AppPage {
  static readonly nudgeHeading = /Eerst eigen kracht/;

  goal(words: string): Locator {
    return this.page.locator('article.goal').filter({ has: this.page.locator('blockquote', { hasText: words }) });
  }

  get nudge(): Locator {
    return this.page.getByRole('heading', { name: PlanPage.nudgeHeading });
  }

  async addGoal(words: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Nieuw doel' }).click();
    await this.page.getByLabel(/Wat wil de bewoner bereiken/).fill(words);
    await saved(this.page).waitFor();
    await this.page.getByRole('button', { name: 'Klaar' }).click();
    const goal = this.goal(words);
    await goal.waitFor();
    return goal;
  }

  /** Opens the new-action editor of a goal, fills it in (it autosaves) and closes it. */
  async addAction(goal: Locator, action: ActionInput): Promise<void> {
    await goal.getByRole('button', { name: 'Actie toevoegen' }).click();
    const editor = goal.locator('form.action-editor');
    await editor.getByRole('radio', { name: action.who }).check();
    if (action.networkPerson) await editor.getByLabel('Wie uit het netwerk?').selectOption({ label: action.networkPerson });
    if (action.name) await editor.getByLabel('Naam of rol').fill(action.name);
    await editor.getByLabel('Wat gaat er gebeuren?').fill(action.what);
    if (action.dueDate) await editor.getByLabel('Wanneer?').fill(action.dueDate);
    await editor.getByRole('button', { name: 'Klaar' }).click();
    await goal.locator('.action-summary__what', { hasText: action.what }).waitFor();
  }

  /** Writes terugkoppeling under an action. */
  async giveFeedback(goal: Locator, what: string, feedback: string): Promise<void> {
    await goal.getByRole('button', { name: `Wijzigen: ${what}` }).click();
    const editor = goal.locator('form.action-editor');
    await editor.getByLabel('Terugkoppeling: wat is ervan gekomen?').fill(feedback);
    await editor.getByRole('button', { name: 'Klaar' }).click();
    await goal.getByText(feedback).waitFor();
  }

  async openPrint(): Promise<void> {
    await this.page.getByRole('link', { name: 'Plan voor op de koelkast' }).click();
    await this.waitForHeading('Mijn plan');
  }
}
