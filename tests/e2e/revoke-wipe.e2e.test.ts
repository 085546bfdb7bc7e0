import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInOnPhone } from './pages/login-page';
import { admin, withServerStore } from './support/accounts';
import { launchChromium } from './support/chromium';
import { eventually } from '../support/eventually';
import { readOutbox, readStoredSecrets, storeCounts } from './support/device-store';
import { profileFilesHolding, profileFilesHoldingBytes, type Needle } from './support/profile-search';
import { screenProblems } from './support/screen-check';
import { oneSyncedOneUnsent } from './support/synced-and-unsent';
import { itLeavesNoSecrets, secretNeedles } from './support/secret-needles';
import { type RunningServer } from './support/server';
import { phoneOnDisk } from './support/phone-on-disk';

/**
 * A teamleider revokes a worker's phone from the app's device screen (in another browser); at
 * its next sync the phone pushes nothing more, wipes itself and shows the login screen with the
 * reason. Then no file of its browser profile holds anything the worker typed or any id of its
 * records (logout-wipe.e2e.test.ts does the same for a logout).
 */
const team = 'Outreach Oost';
const worker = { username: 'mila.visser', password: 'lange-zin-voor-mila', team };
const leader = { username: 'lies.leider', password: 'lange-zin-voor-lies' };
const synced = { label: 'Kanarielaan 7 Zwaluw', reportReason: 'Kanarie-melding over de trap' };
const unsent = { label: 'Kanariestraat 9 Merel', reportReason: 'Kanarie-zin die nooit verstuurd is' };
const canaries = [synced.label, synced.reportReason, unsent.label, unsent.reportReason];

/** The worker's escrow keys on the server (one per device she set up unlocking on). */
function escrowKeysOf(server: RunningServer, username: string): Promise<unknown[]> {
  return withServerStore(server, (store) =>
    store.db.selectFrom('escrow_keys').innerJoin('users', 'users.id', 'escrow_keys.user_id').select('client_id').where('users.username', '=', username).execute(),
  );
}

describe('revoke and wipe', () => {
  const device = phoneOnDisk('wipe', [worker]);
  let browser: Browser;
  let leftInIndexedDb: string[] | undefined;
  let needles: Needle[] = [];
  let secretsLeft: string[] | undefined;

  beforeAll(async () => {
    await admin(device.server, ['add-user', leader.username, '--name', 'Lies Leider', '--team', team, '--role', 'teamleider'], leader.password);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a phone revoked from the device screen wipes itself at its next sync and keeps nothing', async () => {
    const page = await device.page();
    await oneSyncedOneUnsent(device.phone, page, device.server.url, worker, { synced, unsent });
    const recordIds = [...new Set((await readOutbox(page)).map((m) => m.recordId))];
    expect(recordIds.length).toBeGreaterThan(0);
    expect(await escrowKeysOf(device.server, worker.username)).toHaveLength(1);

    // The teamleider, on her own phone: the device screen, one tap, a confirmation.
    const leaderPage = await (await browser.newContext()).newPage();
    await logInOnPhone(leaderPage, device.server.url, leader);
    await leaderPage.locator('.account-menu summary').click();
    await leaderPage.getByRole('link', { name: 'Apparaten van het team' }).click();
    await leaderPage.locator('main h1', { hasText: 'Apparaten van het team' }).waitFor();
    await leaderPage.getByRole('button', { name: `van ${worker.username} intrekken`, exact: false }).first().click();
    await leaderPage.getByRole('dialog').getByRole('button', { name: 'Intrekken' }).click();
    await leaderPage.getByText(/is ingetrokken/).waitFor();
    expect(await screenProblems(leaderPage)).toEqual([]);

    // The search below can see records: the phone's LevelDB files hold them now (their ids are the
    // store's keys, in clear; their texts are sealed, so no canary shows even before the wipe).
    expect(await profileFilesHolding(join(device.profileDir, 'Default', 'IndexedDB'), recordIds)).not.toEqual([]);
    expect(await profileFilesHolding(join(device.profileDir, 'Default', 'IndexedDB'), canaries)).toEqual([]);
    // And it can see the device's ciphertext, token and key wrappers: each is in some file now.
    const secrets = await readStoredSecrets(page);
    expect(secrets.ciphertexts.length).toBeGreaterThan(3);
    expect(secrets.wrappers.length).toBeGreaterThan(0);
    expect(secrets.token).toBeTruthy();
    expect(secrets.pepper).toBeTruthy();
    needles = secretNeedles(secrets);
    await eventually(async () => {
      const seen = new Set((await profileFilesHoldingBytes(device.profileDir, needles)).map((hit) => hit.slice(hit.indexOf(': ') + 2)));
      expect(needles.filter((n) => !seen.has(n.name)).map((n) => n.name)).toEqual([]);
    });

    // The phone comes back online and syncs at once: refused, wiped, the login screen says why.
    await device.phone.setOffline(false);
    await page.getByText('Dit apparaat is ingetrokken door je team').waitFor();
    await page.locator('main h1', { hasText: 'Inloggen' }).waitFor();
    expect(await screenProblems(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(Object.values(await storeCounts(page)).every((n) => n === 0)).toBe(true);

    // The unsent household never reached the server.
    const onServer = await withServerStore(device.server, (store) =>
      store.db.selectFrom('records').select('id').where('table_name', '=', 'households').execute(),
    );
    expect(onServer).toHaveLength(1);
    // Revoking deleted the escrow key: the escrow wrapper, wherever a copy of it is, opens nothing.
    expect(await escrowKeysOf(device.server, worker.username)).toEqual([]);

    await device.close();
    const idbDir = join(device.profileDir, 'Default', 'IndexedDB');
    // Everything the browser keeps outside IndexedDB: History, Sessions, Local Storage, caches.
    const outside = (await profileFilesHolding(device.profileDir, canaries)).filter((hit) => !hit.startsWith(join('Default', 'IndexedDB')));
    expect(outside).toEqual([]);
    leftInIndexedDb = await profileFilesHolding(idbDir, canaries);
    secretsLeft = await profileFilesHoldingBytes(device.profileDir, needles);
  });

  // With the plain codec this test fails (it did, before the merge).
  it('no typed text is left in the IndexedDB files after the wipe', () => {
    expect(leftInIndexedDb).toEqual([]);
  });

  itLeavesNoSecrets(() => secretsLeft);
});
