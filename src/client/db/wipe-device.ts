import Dexie from 'dexie';
import { lock } from '../crypto/key-ring';
import type { VoordeurDb } from './database';

/**
 * Why a device was wiped; travels in the login address after the reload (a code, never
 * anything about a person), so the login screen can say it in plain Dutch. 'uitgelogd-offline':
 * logged out without reaching the server, which therefore did not end the session nor send
 * Clear-Site-Data (docs/security/unlock-and-lock.md, "Uitloggen zonder verbinding"); the kept
 * logout ticket tells it at the next contact. 'uitgelogd-offline-zonder-ticket': the same for a
 * session opened before logout tickets existed, which nothing will end but the lease or a revoke.
 */
export type WipeReason = 'ingetrokken' | 'uitgelogd' | 'uitgelogd-offline' | 'uitgelogd-offline-zonder-ticket';

/** The page's storage, injectable so tests can see what was cleared. */
export interface DeviceStorage {
  local: Storage | null;
  session: Storage | null;
  caches: CacheStorage | null;
}

/** The precached app shell (workbox): code and styles only, kept so the login screen opens. */
const APP_SHELL_CACHE = /^workbox-precache/;
const CHANNEL = 'voordeur:device-wiped';
/**
 * The one thing a wipe may leave: the logout ticket of a session the server has not heard the
 * logout of (sync/logout.ts, offline). It can only end that session (POST
 * /api/auth/logout-ticket); no token, nothing about a person. sync/logout-ticket.ts sends it.
 */
const LOGOUT_TICKET_KEY = 'voordeur.logout-ticket';

function browserStorage(): DeviceStorage {
  const get = <T>(read: () => T): T | null => {
    try {
      return read() ?? null;
    } catch {
      return null; // storage disabled (privacy mode): nothing to clear there
    }
  };
  return {
    local: get(() => (typeof localStorage === 'undefined' ? null : localStorage)),
    session: get(() => (typeof sessionStorage === 'undefined' ? null : sessionStorage)),
    caches: get(() => (typeof caches === 'undefined' ? null : caches)),
  };
}

/**
 * Forget everything this device holds, the one way a revoked device and a logout both leave:
 * the whole IndexedDB database is deleted (not only its rows), localStorage (drafts, key
 * wrappers, preferences) and sessionStorage are cleared, and every Cache Storage entry except
 * the precached app shell is dropped. Then every tab of the app hears it (onDeviceWiped) and
 * reloads, which drops what is in memory (keys, screens, caches). The database object stays
 * usable: Dexie opens a new, empty one on next use.
 *
 * This wipe alone does not remove the bytes: Chromium keeps a deleted database's values in the
 * origin's LevelDB files until it compacts them, and cleared localStorage values in its shared
 * log. The bytes of IndexedDB go by the server's `Clear-Site-Data` on the revoke and logout answers
 * (Chromium deletes the origin's directory; it ignores the header on requests made with
 * credentials 'omit', see sync/http.ts; for the logout see releaseForClear). What may stay is in docs/security/encryption-at-rest.md
 * (old localStorage values; tests/e2e/revoke-wipe.e2e.test.ts searches the profile).
 *
 * Callers run it inside the write queue, so no write of this tab lands in the half-wiped store.
 */
export async function wipeDevice(
  db: VoordeurDb,
  reason: WipeReason,
  { storage = browserStorage(), logoutTicket }: { storage?: DeviceStorage; logoutTicket?: string } = {},
): Promise<void> {
  // Deleting waits for other tabs' connections; Dexie closes them on their 'versionchange'.
  // By name, after closing ours: on a revoke the browser has often just deleted the storage
  // (Clear-Site-Data) and force-closed the connection under Dexie, and db.delete() on that
  // instance then failed and left the app half wiped. Closing with auto-open allowed also
  // undoes releaseForClear: the object opens a new, empty database on next use.
  lock();
  db.close({ disableAutoOpen: false });
  await Dexie.delete(db.name);
  storage.local?.clear();
  if (logoutTicket) storage.local?.setItem(LOGOUT_TICKET_KEY, logoutTicket);
  storage.session?.clear();
  if (storage.caches) {
    for (const name of await storage.caches.keys()) if (!APP_SHELL_CACHE.test(name)) await storage.caches.delete(name);
  }
  announce(reason);
}

/** The logout ticket a wipe left (see LOGOUT_TICKET_KEY), or null. */
export function pendingLogoutTicket(local: Storage | null = browserStorage().local): string | null {
  return local?.getItem(LOGOUT_TICKET_KEY) ?? null;
}

/** The server has answered for this ticket: forget it (unless a later wipe left another). */
export function forgetLogoutTicket(ticket: string, local: Storage | null = browserStorage().local): void {
  if (local?.getItem(LOGOUT_TICKET_KEY) === ticket) local.removeItem(LOGOUT_TICKET_KEY);
}

/**
 * Before the request whose answer carries `Clear-Site-Data` (the logout): lock, and close this
 * tab's connection so that nothing here reads or reopens the database while Chromium deletes
 * the origin's IndexedDB directory. Chromium force-closes the connections it finds open; Dexie
 * then reopens on the next live query or sync read, in the middle of the deletion, and the
 * page's own wipe would race with the browser's. With no connection open the two follow each
 * other: the browser's clear, then wipeDevice, which lets the object open again for later use.
 * Reads meanwhile fail (DatabaseClosedError) until the page reloads; writes wait in the queue.
 */
export function releaseForClear(db: VoordeurDb): void {
  lock();
  db.close({ disableAutoOpen: true });
}

type WipeListener = (reason: WipeReason) => void;
const listeners = new Set<WipeListener>();

/** Called after a wipe in this tab or in another tab of the same app; returns an unsubscribe. */
export function onDeviceWiped(listener: WipeListener): () => void {
  listeners.add(listener);
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  if (channel) channel.onmessage = (event: MessageEvent<WipeReason>) => listener(event.data);
  return () => {
    listeners.delete(listener);
    channel?.close();
  };
}

function announce(reason: WipeReason): void {
  for (const listener of listeners) listener(reason);
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(reason);
  channel.close();
}
