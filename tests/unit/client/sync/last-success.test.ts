// The offline lease counts from the device's last contact with the server: its last sync or an
// online login, whichever is later. A login is a contact but not a sync (the sync state must not
// claim a fetch that never happened); a failed login is neither.
import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../../../src/content/version';
import { createDataLayer } from '../../../../src/client/db';
import type { ApiClient } from '../../../../src/client/sync/http';
import { readLastContact, readLastSuccess, saveLastSuccess } from '../../../../src/client/sync/last-success';
import { postLogin } from '../../../../src/client/sync/login';
import { uuidv7, type LoginResponse } from '../../../../src/domain';

const fresh = () => createDataLayer({ name: `last-contact-${uuidv7()}`, contentVersion: CONTENT_VERSION });
const login: LoginResponse = {
  token: 'token-1',
  user: { id: uuidv7(), username: 'anna', displayName: 'Anna' },
  teams: [{ id: uuidv7(), name: 'Noord', role: 'medewerker' }],
};
const answering = (answer: () => Promise<unknown>): ApiClient => ({
  get: () => Promise.reject(new Error('not used')),
  post: <T>() => answer() as Promise<T>,
  put: () => Promise.reject(new Error('not used')),
});
const request = { path: '/api/auth/login' as const, fields: { username: 'anna', password: 'x' }, deviceLabel: 'Test' };

describe('the last contact with the server', () => {
  it('is unknown on a new device', async () => {
    expect(await readLastContact(fresh())).toBeNull();
  });

  it('is the time of an online login, before any sync, without making it a sync', async () => {
    const data = fresh();
    const before = Date.now();
    await postLogin(data, answering(async () => login), request);
    const contact = await readLastContact(data);
    expect(contact).toBeGreaterThanOrEqual(before);
    expect(contact).toBeLessThanOrEqual(Date.now());
    expect(await readLastSuccess(data)).toBeNull();
  });

  it('is not moved by a refused login', async () => {
    const data = fresh();
    await postLogin(data, answering(() => Promise.reject(new Error('refused'))), request).catch(() => undefined);
    expect(await readLastContact(data)).toBeNull();
  });

  it('is the later of the last sync and the last login', async () => {
    const data = fresh();
    await postLogin(data, answering(async () => login), request);
    const loggedIn = (await readLastContact(data))!;
    await saveLastSuccess(data, loggedIn + 60_000);
    expect(await readLastContact(data)).toBe(loggedIn + 60_000);
    await saveLastSuccess(data, loggedIn - 60_000);
    expect(await readLastContact(data)).toBe(loggedIn);
  });
});
