// The logout answer carries Clear-Site-Data: Chromium then deletes the origin's IndexedDB and
// force-closes every connection it finds. This tab must hold none while that happens (a forced
// close makes Dexie reopen on the next read, in the middle of the deletion), and must wipe
// itself after the answer, whatever it was.
import 'fake-indexeddb/auto'; // before Dexie loads: it looks for indexedDB once
import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../../../src/content/version';
import { createDataLayer, onDeviceWiped, readSession, saveSession, type WipeReason } from '../../../../src/client/db';
import { ApiFailure, NetworkFailure, type ApiClient } from '../../../../src/client/sync/http';
import { logOut } from '../../../../src/client/sync/logout';
import { uuidv7 } from '../../../../src/domain';

async function loggedIn(logoutTicket?: string) {
  const data = createDataLayer({ name: `logout-${uuidv7()}`, contentVersion: CONTENT_VERSION });
  await saveSession(data.db, { token: 'token-1', logoutTicket, user: { id: uuidv7(), username: 'anna', displayName: 'Anna' }, teams: [] });
  return data;
}

/** An API whose logout answer runs `during` first (the moment the browser clears the storage). */
function logoutApi(during: () => Promise<void>, answer: () => Promise<void> = async () => undefined): ApiClient & { posted: string[] } {
  const posted: string[] = [];
  return {
    posted,
    get: () => Promise.reject(new Error('not used')),
    put: () => Promise.reject(new Error('not used')),
    post: async <T>(path: string) => {
      posted.push(path);
      await during();
      return (await answer()) as T;
    },
  };
}

describe('logOut', () => {
  it('holds no database connection while the logout request is on its way, and none opens by itself', async () => {
    const data = await loggedIn();
    let seen: { open: boolean; read: string } | null = null;
    const api = logoutApi(async () => {
      const read = await data.db.meta
        .get('session')
        .then(() => 'read')
        .catch((error: Error) => error.name);
      seen = { open: data.db.isOpen(), read };
    });
    expect(await logOut(data, api)).toEqual({ kind: 'wiped', serverKnows: true });
    expect(api.posted).toEqual(['/api/auth/logout']);
    expect(seen).toEqual({ open: false, read: 'DatabaseClosedError' });
    // Wiped after the answer, and the object opens a fresh database again.
    expect(await readSession(data.db)).toBeNull();
  });

  it('wipes all the same when the server cannot be told or the session had ended', async () => {
    for (const [failure, serverKnows] of [
      [new NetworkFailure(new Error('offline')), false],
      [new ApiFailure(401, 'unauthenticated', ''), true],
      [new ApiFailure(500, 'http-500', ''), false],
    ] as const) {
      const data = await loggedIn('ticket-1');
      const heard: WipeReason[] = [];
      const stop = onDeviceWiped((reason) => heard.push(reason));
      const result = await logOut(data, logoutApi(async () => undefined, () => Promise.reject(failure)));
      stop();
      expect(result).toEqual({ kind: 'wiped', serverKnows });
      expect(await readSession(data.db)).toBeNull();
      // The login screen then says whether the server heard of it (and whom to ask if not).
      expect(heard).toEqual([serverKnows ? 'uitgelogd' : 'uitgelogd-offline']);
    }
  });

  it('does not promise the server will hear of an offline logout when the session has no logout ticket', async () => {
    const data = await loggedIn(); // opened before logout tickets existed
    const heard: WipeReason[] = [];
    const stop = onDeviceWiped((reason) => heard.push(reason));
    await logOut(data, logoutApi(async () => undefined, () => Promise.reject(new NetworkFailure(new Error('offline')))));
    stop();
    expect(heard).toEqual(['uitgelogd-offline-zonder-ticket']);
  });
});
