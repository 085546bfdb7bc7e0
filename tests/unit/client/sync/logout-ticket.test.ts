// An offline logout leaves only the session's logout ticket (db/wipe-device.ts); the device sends it
// at its next contact (sync/logout-ticket.ts) and forgets it once the server answered for good, and
// a new login waits for it (its answer's Clear-Site-Data must come before the login stores anything).
import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_VERSION } from '../../../../src/content/version';
import { createDataLayer, pendingLogoutTicket, saveSession } from '../../../../src/client/db';
import { ApiFailure, NetworkFailure, type ApiClient } from '../../../../src/client/sync/http';
import { logIn } from '../../../../src/client/sync/login';
import { logOut } from '../../../../src/client/sync/logout';
import { sendPendingLogout } from '../../../../src/client/sync/logout-ticket';
import { uuidv7 } from '../../../../src/domain';
import { memoryStorage } from '../../../support/memory-storage';

const TICKET = 'ticket-'.padEnd(43, 'x');

async function loggedIn() {
  const data = createDataLayer({ name: `ticket-${uuidv7()}`, contentVersion: CONTENT_VERSION });
  await saveSession(data.db, { token: 'token-1', logoutTicket: TICKET, user: { id: uuidv7(), username: 'anna', displayName: 'Anna' }, teams: [] });
  return data;
}

/** Posts are answered by `answer(path)`; `posted` keeps path, body and token of each. */
function fakeApi(answer: (path: string) => Promise<unknown>): ApiClient & { posted: { path: string; body: unknown; token?: string }[] } {
  const posted: { path: string; body: unknown; token?: string }[] = [];
  return {
    posted,
    get: () => Promise.reject(new Error('not used')),
    put: () => Promise.reject(new Error('not used')),
    post: async <T>(path: string, body: unknown, token?: string) => {
      posted.push({ path, body, token });
      return (await answer(path)) as T;
    },
  };
}

describe('the logout ticket on the device', () => {
  let local: Storage;
  beforeEach(() => {
    local = memoryStorage();
    vi.stubGlobal('localStorage', local);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('an offline logout wipes all of localStorage but the ticket; an online one leaves nothing', async () => {
    for (const [answer, left] of [
      [() => Promise.reject(new NetworkFailure(new Error('offline'))), { 'voordeur.logout-ticket': TICKET }],
      [() => Promise.reject(new ApiFailure(503, 'busy', '')), { 'voordeur.logout-ticket': TICKET }],
      [() => Promise.resolve(undefined), {}],
    ] as const) {
      local.clear();
      const data = await loggedIn();
      local.setItem('voordeur:draft:x', '{"sealed":"…"}');
      local.setItem('voordeur.unlock.pin', '{"wrapped":"…"}');
      await logOut(data, fakeApi(answer));
      expect(Object.fromEntries(Array.from({ length: local.length }, (_, i) => [local.key(i)!, local.getItem(local.key(i)!)]))).toEqual(left);
    }
  });

  it('sends the ticket alone (no token) and forgets it once the server answered for good', async () => {
    for (const [answer, kept] of [
      [() => Promise.resolve(undefined), false],
      [() => Promise.reject(new ApiFailure(400, 'invalid', '')), false],
      [() => Promise.reject(new ApiFailure(404, 'not-found', '')), false],
      [() => Promise.reject(new NetworkFailure(new Error('offline'))), true],
      [() => Promise.reject(new ApiFailure(429, 'too-many-requests', '')), true],
      [() => Promise.reject(new ApiFailure(500, 'server-error', '')), true],
    ] as const) {
      local.setItem('voordeur.logout-ticket', TICKET);
      const api = fakeApi(answer);
      const sent = sendPendingLogout(api);
      if (kept) await expect(sent).rejects.toBeInstanceOf(Error);
      else await sent;
      expect(api.posted).toEqual([{ path: '/api/auth/logout-ticket', body: { ticket: TICKET }, token: undefined }]);
      expect(pendingLogoutTicket()).toBe(kept ? TICKET : null);
    }
  });

  it('sends nothing without a ticket, and once when asked twice at the same time', async () => {
    const idle = fakeApi(() => Promise.resolve(undefined));
    await sendPendingLogout(idle);
    expect(idle.posted).toEqual([]);
    local.setItem('voordeur.logout-ticket', TICKET);
    const api = fakeApi(() => Promise.resolve(undefined));
    await Promise.all([sendPendingLogout(api), sendPendingLogout(api)]);
    expect(api.posted).toHaveLength(1);
  });

  it('a call while a try without network is on its way tries again after it', async () => {
    local.setItem('voordeur.logout-ticket', TICKET);
    let failFirst: (error: Error) => void = () => undefined;
    const hanging = new Promise((_, reject) => (failFirst = reject));
    let calls = 0;
    const api = fakeApi(() => (++calls === 1 ? hanging : Promise.resolve(undefined)));
    const first = sendPendingLogout(api);
    const second = sendPendingLogout(api); // e.g. the online event, while the first try still hangs
    failFirst(new NetworkFailure(new Error('offline')));
    await expect(first).rejects.toBeInstanceOf(NetworkFailure);
    await second;
    expect(api.posted).toHaveLength(2);
    expect(pendingLogoutTicket()).toBeNull();
  });

  it('a login waits for the ticket: first the ticket, then the login; none while the ticket cannot go', async () => {
    const data = createDataLayer({ name: `ticket-${uuidv7()}`, contentVersion: CONTENT_VERSION });
    const request = { path: '/api/auth/login' as const, fields: { username: 'anna', password: 'x' }, deviceLabel: 'Test' };
    local.setItem('voordeur.logout-ticket', TICKET);
    const offline = fakeApi(() => Promise.reject(new NetworkFailure(new Error('offline'))));
    await expect(logIn(data, offline, request)).rejects.toBeInstanceOf(NetworkFailure);
    expect(offline.posted.map((p) => p.path)).toEqual(['/api/auth/logout-ticket']);

    const login = { token: 'token-2', logoutTicket: 'other'.padEnd(43, 'y'), user: { id: uuidv7(), username: 'anna', displayName: 'Anna' }, teams: [] };
    const online = fakeApi((path) => Promise.resolve(path === '/api/auth/login' ? login : undefined));
    expect((await logIn(data, online, request)).kind).toBe('signed-in');
    expect(online.posted.map((p) => p.path)).toEqual(['/api/auth/logout-ticket', '/api/auth/login']);
    expect(pendingLogoutTicket()).toBeNull();
  });
});
