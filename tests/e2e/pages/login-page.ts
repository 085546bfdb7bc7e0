import type { Page } from 'playwright-core';
import { AppPage } from './app-page';
import { HouseholdsPage } from './households-page';
import { completeUnlock } from './unlock';

/** /inloggen, or any address on a device without a session. */
export class LoginPage extends AppPage {
  async logIn(username: string, password: string): Promise<HouseholdsPage> {
    await this.waitForHeading('Inloggen');
    await this.page.getByLabel('Gebruikersnaam', { exact: true }).fill(username);
    await this.page.getByLabel('Wachtwoord', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Inloggen' }).click();
    // The first login on a device sets up the PIN that unlocks its data key.
    await completeUnlock(this.page);
    const households = new HouseholdsPage(this.page, this.baseUrl);
    await households.waitForHeading('Huishoudens');
    // The list can show before the app has left the login address; it then replaces that address
    // with the list's. A tap in between (e.g. "Nieuw huishouden") would be undone: wait for it.
    await this.page.waitForURL((url) => url.pathname !== '/inloggen' && url.pathname !== '/setup');
    return households;
  }
}

/** A phone-sized page logs in at the app's start address (and sets up or types the PIN). */
export async function logInOnPhone(page: Page, baseUrl: string, who: { username: string; password: string }): Promise<HouseholdsPage> {
  await page.setViewportSize({ width: 360, height: 740 });
  const login = new LoginPage(page, baseUrl);
  await login.open('/');
  return login.logIn(who.username, who.password);
}
