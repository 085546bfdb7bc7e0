import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withServerStore } from './support/accounts';
import { readStoredSecrets, storeCounts } from './support/device-store';
import { profileFilesHolding, profileFilesHoldingBytes, type Needle } from './support/profile-search';
import { screenProblems } from './support/screen-check';
import { oneSyncedOneUnsent } from './support/synced-and-unsent';
import { secretNeedles } from './support/secret-needles';
import { phoneOnDisk } from './support/phone-on-disk';

/**
 * A worker logs out while the phone has no connection: the logout request never reaches the
 * server, so there is no Clear-Site-Data answer and the server's session is not ended yet. The app
 * says so before the worker chooses (and how much unsent work is lost), wipes what it can
 * itself (the IndexedDB database, localStorage, caches with personal data, the key in memory),
 * keeping only the session's logout ticket, and the login screen says the server does not know
 * yet. Back online, the login page sends the ticket: the server ends that session (the old token
 * gets 401). What stays on disk until Chromium compacts is the residual risk in
 * docs/security/unlock-and-lock.md ("Uitloggen zonder verbinding"): this test pins down that it is
 * only sealed bytes in the storage files, nothing typed anywhere.
 */
const worker = { username: 'sem.offline', password: 'lange-zin-voor-sem', team: 'Outreach Zuid' };
const synced = { label: 'Offlinelaan 8 Merel', reportReason: 'Offline-kanarie over de trap' };
const unsent = { label: 'Offlinestraat 2 Mus', reportReason: 'Offline-kanarie die nooit verstuurd werd' };
const canaries = [synced.label, synced.reportReason, unsent.label, unsent.reportReason];

describe('logout without a connection', () => {
  const device = phoneOnDisk('logout-offline', [worker]);
  let needles: Needle[] = [];
  let canariesLeft: string[] | undefined;
  let secretsLeft: string[] | undefined;



  it('warns that unsent work is lost and the server will not hear of it, then wipes what the device holds', async () => {
    const page = await device.page();
    await oneSyncedOneUnsent(device.phone, page, device.server.url, worker, { synced, unsent });
    const secrets = await readStoredSecrets(page);
    needles = secretNeedles(secrets);

    await page.locator('.account-menu summary').click();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/nog \d+ wijziging(en)? niet verstuurd/).waitFor();
    await dialog.getByText('Je hebt nu geen verbinding').waitFor();
    expect(await screenProblems(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Toch uitloggen en wissen' }).click();

    await page.getByText('Er was geen verbinding, dus de server weet nog niet dat je bent uitgelogd.', { exact: false }).waitFor();
    await page.getByText('Dat hoort de server alsnog zodra je Voordeur opent met verbinding.', { exact: false }).waitFor();
    await page.locator('main h1', { hasText: 'Inloggen' }).waitFor();
    // Wiped by the page itself: the database deleted (the old page may reopen an empty one
    // before its reload, as after the other wipes: storeCounts), in localStorage only the logout
    // ticket, no cache but the app shell.
    const left = () =>
      page.evaluate(async () => ({
        local: Object.keys(localStorage),
        caches: (await caches.keys()).filter((name) => !name.startsWith('workbox-precache')),
      }));
    expect(await left()).toEqual({ local: ['voordeur.logout-ticket'], caches: [] });
    expect(Object.values(await storeCounts(page)).every((n) => n === 0)).toBe(true);

    // Until the phone is online again the server still holds the session, and the unsent
    // household is gone.
    const onServer = () =>
      withServerStore(device.server, async (store) => ({
        households: (await store.db.selectFrom('records').select('id').where('table_name', '=', 'households').execute()).length,
        liveSessions: (await store.db.selectFrom('device_sessions').select('id').where('revoked_at', 'is', null).execute()).length,
      }));
    expect(await onServer()).toEqual({ households: 1, liveSessions: 1 });
    const oldToken = () => fetch(`${device.server.url}/api/me`, { headers: { authorization: `Bearer ${secrets.token}` } });
    expect((await oldToken()).status).toBe(200);

    // Online again, the worker opens the app: the login page sends the ticket at its start, the
    // server ends that session and answers with Clear-Site-Data, and the phone forgets the ticket.
    // (Opening it again, not the online event: Chromium's offline emulation leaves navigator.onLine
    // true in a page loaded while offline, so that page never hears an online event.)
    await device.phone.setOffline(false);
    const told = page.waitForResponse((answer) => answer.url().endsWith('/api/auth/logout-ticket'));
    await page.reload();
    const answer = await told;
    expect([answer.status(), (await answer.allHeaders())['clear-site-data']]).toEqual([204, '"cache", "storage"']);
    expect(await onServer()).toEqual({ households: 1, liveSessions: 0 });
    const refused = await oldToken();
    expect([refused.status, ((await refused.json()) as { error: string }).error]).toEqual([401, 'unauthenticated']);
    expect((await left()).local).toEqual([]);

    await device.close();
    canariesLeft = await profileFilesHolding(device.profileDir, canaries);
    secretsLeft = await profileFilesHoldingBytes(device.profileDir, needles);
  });

  it('no typed text is left in any file of the profile', () => {
    expect(canariesLeft).toEqual([]);
  });

  // Without Clear-Site-Data, Chromium keeps the deleted values in the LevelDB files until it
  // compacts: sealed records, the token and the pepper in IndexedDB's, key wrappers in Local
  // Storage's. Nowhere else (History, Sessions, Cache Storage, the service worker's files).
  it('what is left of its secrets is only in the two LevelDB stores', () => {
    const stores = [join('Default', 'IndexedDB'), join('Default', 'Local Storage', 'leveldb')];
    expect(secretsLeft?.filter((hit) => !stores.some((dir) => hit.startsWith(dir)))).toEqual([]);
  });
});
