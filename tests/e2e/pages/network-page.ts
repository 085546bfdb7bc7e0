import type { Locator } from 'playwright-core';
import { AppPage } from './app-page';

/** /huishouden/:id/netwerk: the ecogram, its list and its versions. */
export class NetworkPage extends AppPage {
  get ecogram(): Locator {
    return this.page.getByRole('group', { name: 'Ecogram' });
  }

  /** A person in the drawing: a tap target whose name says the tie in words. */
  node(name: string): Locator {
    return this.ecogram.getByRole('button', { name: new RegExp(`^${name}:`) });
  }

  async addPerson(name: string, relation: string, tie: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    const editor = this.page.getByRole('form', { name: 'Persoon toevoegen' });
    await editor.getByLabel('Naam of rol').fill(name);
    await editor.getByRole('radio', { name: relation, exact: true }).check();
    await editor.getByRole('radio', { name: new RegExp(`^${tie}`) }).check();
    await this.node(name).waitFor();
    await editor.getByRole('button', { name: 'Klaar' }).click();
  }

  /** Taps a person in the drawing and changes the tie in the editor that opens. */
  async tapAndSetTie(name: string, tie: string): Promise<void> {
    await this.node(name).tap();
    const editor = this.page.getByRole('form', { name: `${name} aanpassen` });
    await editor.getByRole('radio', { name: new RegExp(`^${tie}`) }).check();
    await this.node(name).and(this.page.locator(`[aria-label*="${tie}"]`)).waitFor();
    await editor.getByRole('button', { name: 'Klaar' }).click();
  }
}
