import type { BrowserContext, Page } from 'playwright-core';
import { logInOnPhone } from '../pages/login-page';
import type { HouseholdInput } from '../pages/household-form-page';
import type { HouseholdsPage } from '../pages/households-page';

/**
 * A worker logs in on a phone, adds one household that reaches the server and, offline, one that
 * waits to be sent: what the wipe tests (revoke, logout) start from. The phone stays offline.
 */
export async function oneSyncedOneUnsent(
  phone: BrowserContext,
  page: Page,
  baseUrl: string,
  worker: { username: string; password: string },
  { synced, unsent }: { synced: HouseholdInput; unsent: HouseholdInput },
): Promise<HouseholdsPage> {
  const households = await logInOnPhone(page, baseUrl, worker);
  let form = await households.addHousehold();
  await form.fill(synced);
  await form.syncNow();
  await form.waitForSyncLine(/Alles bijgewerkt/);
  // Back to the list while online (a navigation offline needs the service worker in control,
  // which on a busy machine it may not be yet), then offline.
  await households.openList();
  await phone.setOffline(true);
  form = await households.addHousehold();
  await form.fill(unsent);
  await form.waitForSyncLine(/wacht/);
  return households;
}
