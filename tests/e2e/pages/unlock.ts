import type { BrowserContext, Page } from 'playwright-core';

/** The PIN every e2e worker sets up after logging in (6 digits, no run or repeat). */
export const E2E_PIN = '482913';

const setupHeading = 'Beveilig Voordeur op dit apparaat';
const lockedHeading = 'Voordeur is vergrendeld';

/** "Beveilig Voordeur op dit apparaat": choose the PIN twice (the passkey is not offered without an authenticator), and wait until it is set. */
export async function setUpPin(page: Page, pin = E2E_PIN): Promise<void> {
  await page.locator('main h1', { hasText: setupHeading }).waitFor();
  await page.getByLabel('Nieuwe pincode (minstens 6 cijfers)', { exact: true }).fill(pin);
  await page.getByLabel('Typ de pincode nog een keer', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Pincode instellen' }).click();
  // Set up once the screen is gone (Argon2id has wrapped the key and the session is stored).
  await page.locator('main h1', { hasText: setupHeading }).waitFor({ state: 'detached' });
}

/** The lock screen: type the PIN and unlock. */
export async function unlock(page: Page, pin = E2E_PIN): Promise<void> {
  await page.locator('main h1', { hasText: lockedHeading }).waitFor();
  await page.getByLabel('Pincode', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Ontgrendelen' }).click();
}

/**
 * A reload or a new tab opens locked (the key lives only in memory). Tests that reload are about
 * what survives it, not about the lock: every page of the context unlocks itself with the PIN
 * whenever it shows the lock screen after a load. Tests of the lock itself do not install this.
 */
export function unlockAfterEveryLoad(context: BrowserContext, pin = E2E_PIN): void {
  const watch = (page: Page) =>
    page.on('load', () => {
      void page
        .locator('main h1', { hasText: lockedHeading })
        // No time limit: on a busy machine the lock screen can take long to appear after a load,
        // and a waiter that never sees it ends when the page closes (caught below).
        .waitFor({ timeout: 0 })
        .then(() => unlock(page, pin))
        .catch(() => undefined);
    });
  if ((context as { __unlocks?: boolean }).__unlocks) return;
  (context as { __unlocks?: boolean }).__unlocks = true;
  for (const page of context.pages()) watch(page);
  context.on('page', watch);
}

/** After pressing "Inloggen": set up the PIN (first login here) or unlock (this user's key is here). */
export async function completeUnlock(page: Page, pin = E2E_PIN): Promise<void> {
  const heading = page.locator('main h1', { hasText: new RegExp(`${setupHeading}|${lockedHeading}|Huishoudens`) });
  await heading.first().waitFor();
  const text = await heading.first().innerText();
  if (text.includes(setupHeading)) await setUpPin(page, pin);
  else if (text.includes(lockedHeading)) await unlock(page, pin);
  unlockAfterEveryLoad(page.context(), pin);
}
