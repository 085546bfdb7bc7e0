import { describe, expect, it } from 'vitest';
import { withServerStore } from './support/accounts';
import { eventually } from '../support/eventually';
import { readStoredSecrets, storeCounts } from './support/device-store';
import { profileFilesHolding, profileFilesHoldingBytes, type Needle } from './support/profile-search';
import { screenProblems } from './support/screen-check';
import { oneSyncedOneUnsent } from './support/synced-and-unsent';
import { itLeavesNoSecrets, secretNeedles } from './support/secret-needles';
import { phoneOnDisk } from './support/phone-on-disk';

/**
 * A worker logs out of a phone with unsent work: the app says how much and offers to send it
 * first; then the device is wiped, and no file of its browser profile holds anything typed, any
 * ciphertext of its records or its session token (the logout answer's Clear-Site-Data made
 * Chromium delete the origin's IndexedDB directory).
 */
const worker = { username: 'noor.uitlog', password: 'lange-zin-voor-noor', team: 'Outreach West' };
const synced = { label: 'Uitloglaan 5 Spreeuw', reportReason: 'Uitlog-kanarie over de kelder' };
const unsent = { label: 'Uitlogstraat 3 Vink', reportReason: 'Uitlog-kanarie die pas bij uitloggen ging' };
const canaries = [synced.label, synced.reportReason, unsent.label, unsent.reportReason];

describe('logout wipes the device', () => {
  const device = phoneOnDisk('logout', [worker]);
  let needles: Needle[] = [];
  let secretsLeft: string[] | undefined;
  let canariesLeft: string[] | undefined;



  it('logging out with unsent work says how much, offers to send it first, then wipes', async () => {
    const page = await device.page();
    await oneSyncedOneUnsent(device.phone, page, device.server.url, worker, { synced, unsent });

    // The search below can see the device's ciphertext, token and key wrappers: each is in some file now.
    const before = await readStoredSecrets(page);
    expect(before.ciphertexts.length).toBeGreaterThan(3);
    expect(before.token).toBeTruthy();
    expect(before.pepper).toBeTruthy();
    needles = secretNeedles(before);
    await eventually(async () => {
      const seen = new Set((await profileFilesHoldingBytes(device.profileDir, needles)).map((hit) => hit.slice(hit.indexOf(': ') + 2)));
      expect(needles.filter((n) => !seen.has(n.name)).map((n) => n.name)).toEqual([]);
    });

    await page.locator('.account-menu summary').click();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/nog \d+ wijziging(en)? niet verstuurd/).waitFor();
    expect(await screenProblems(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Eerst versturen' }).click();
    await dialog.getByText(/Versturen lukte niet/).waitFor();

    await device.phone.setOffline(false);
    await dialog.getByRole('button', { name: 'Eerst versturen' }).click();
    await dialog.getByText(/Alles is verstuurd/).waitFor();
    // Sending rewrote records (new revisions, new ciphertext): look for those too.
    needles = [...needles, ...secretNeedles(await readStoredSecrets(page)).map((n) => ({ ...n, name: `after sending: ${n.name}` }))];
    await dialog.getByRole('button', { name: 'Uitloggen en wissen' }).click();
    await page.getByText('Je bent uitgelogd. Alle gegevens van Voordeur zijn van dit apparaat gewist.').waitFor();
    await page.locator('main h1', { hasText: 'Inloggen' }).waitFor();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(Object.values(await storeCounts(page)).every((n) => n === 0)).toBe(true);
    const onServer = await withServerStore(device.server, (store) =>
      store.db.selectFrom('records').select('id').where('table_name', '=', 'households').execute(),
    );
    expect(onServer).toHaveLength(2);

    await device.close();
    canariesLeft = await profileFilesHolding(device.profileDir, canaries);
    secretsLeft = await profileFilesHoldingBytes(device.profileDir, needles);
  });

  it('no typed text is left in any file of the profile', () => {
    expect(canariesLeft).toEqual([]);
  });

  itLeavesNoSecrets(() => secretsLeft);
});
