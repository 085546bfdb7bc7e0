import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

/** A contact moment: choosing the channel, the doorstep screen, and the guided steps (?stap=). */
export class ContactPage extends AppPage {
  /** On "Nieuw contact": starts the contact for this channel and opens its doorstep screen. */
  async chooseChannel(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
    await this.waitForHeading(label);
  }

  /** "Hoe liep het af?": one tap, saved at once. */
  async chooseOutcome(label: string): Promise<void> {
    await this.outcome(label).check();
  }

  outcome(label: string): Locator {
    return this.page.getByRole('group', { name: 'Hoe liep het af?' }).getByRole('radio', { name: label, exact: true });
  }

  /** "Gesprek starten" (or "Verder met het gesprek"): opens the first step. */
  async startConversation(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Gesprek starten|Verder met het gesprek)$/ }).click();
    await this.stepTitle.waitFor();
  }

  get stepTitle(): Locator {
    return this.page.locator('#step-title');
  }

  /** "Stap 3 van 10". */
  get stepProgress(): Locator {
    return this.page.locator('.step-progress');
  }

  async next(): Promise<void> {
    await this.moveWith('Volgende');
  }

  async skip(): Promise<void> {
    await this.moveWith('Overslaan');
  }

  /** An open question of the current step, by the method's wording. */
  answer(question: string): Locator {
    return this.page.getByLabel(question, { exact: true });
  }

  /** Types an answer; moving to another step saves it before the step changes. */
  async write(question: string, text: string): Promise<void> {
    await this.answer(question).fill(text);
  }

  /** "ingevuld", "nog open" or "niets in te vullen" for a step in the list of steps. */
  async stepState(title: string): Promise<string> {
    await this.openStepList();
    return (await this.stepLink(title).locator('.step-list__state').textContent()) ?? '';
  }

  async goToStep(title: string): Promise<void> {
    await this.openStepList();
    await this.stepLink(title).click();
    await this.stepTitle.filter({ hasText: title }).waitFor();
  }

  private stepLink(title: string): Locator {
    return this.page.getByRole('navigation', { name: 'Stappen' }).getByRole('link').filter({ hasText: title });
  }

  private async openStepList(): Promise<void> {
    const list = this.page.locator('details.step-nav');
    if ((await list.getAttribute('open')) === null) await list.locator('summary').click();
  }

  /** Each step change first stores what was typed; it is done when the next step shows. */
  private async moveWith(button: string): Promise<void> {
    const before = (await this.stepProgress.textContent()) ?? '';
    await this.page.getByRole('button', { name: button, exact: true }).click();
    await this.stepProgress.filter({ hasNotText: before }).waitFor();
  }
}
