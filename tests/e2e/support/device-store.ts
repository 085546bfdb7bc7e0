import type { Page } from 'playwright-core';

export interface QueuedMutation {
  mutationId: string;
  table: string;
  recordId: string;
  status: string;
}

/**
 * The outbox of the device's store (IndexedDB "voordeur"), read with the plain IndexedDB API
 * so the check does not lean on the app's own code. Read only.
 */
export function readOutbox(page: Page): Promise<QueuedMutation[]> {
  return page.evaluate(
    () =>
      new Promise<QueuedMutation[]>((resolve, reject) => {
        const request = indexedDB.open('voordeur');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('outbox', 'readonly').objectStore('outbox').getAll();
          read.onerror = () => reject(read.error);
          read.onsuccess = () => {
            db.close();
            const entries = read.result as { status: string; mutation: { mutationId: string; table: string; recordId: string } }[];
            resolve(entries.map(({ status, mutation }) => ({ mutationId: mutation.mutationId, table: mutation.table, recordId: mutation.recordId, status })));
          };
        };
      }),
  );
}

/** What a device keeps that only its keys make useless, base64 so it can leave the page. */
export interface StoredSecrets {
  /** The `ct` of every sealed envelope in any store of the database (records, outbox, summaries, session). */
  ciphertexts: string[];
  /** The session's bearer token (meta "session"). */
  token: string | null;
  /** The key ring's wrappers (localStorage "voordeur.unlock.*"): the kind (key's last part) and the stored JSON text. */
  wrappers: { kind: string; text: string }[];
  /** The PIN wrapper's pepper (meta "unlock:pin-pepper", db/pin-pepper.ts), base64; null if none. */
  pepper: string | null;
}

/**
 * Reads every envelope's ciphertext, the session token, the key wrappers and the PIN pepper with plain
 * IndexedDB and localStorage, so a profile search can look for them after a wipe. Read only.
 */
export function readStoredSecrets(page: Page): Promise<StoredSecrets> {
  return page.evaluate(async () => {
    const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
    const ciphertexts: string[] = [];
    let token: string | null = null;
    let pepper: string | null = null;
    const collect = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return;
      const ct = (value as { ct?: unknown }).ct;
      if (ct instanceof Uint8Array) ciphertexts.push(toBase64(ct));
      for (const inner of Object.values(value)) collect(inner);
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('voordeur');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
      for (const row of rows) {
        collect(row);
        const entry = row as { key?: unknown; value?: { token?: unknown } };
        if (store === 'meta' && entry.key === 'session' && typeof entry.value?.token === 'string') token = entry.value.token;
        if (store === 'meta' && entry.key === 'unlock:pin-pepper' && entry.value instanceof Uint8Array) pepper = toBase64(entry.value);
      }
    }
    db.close();
    const wrappers = Object.keys(localStorage)
      .filter((key) => key.startsWith('voordeur.unlock.') && !key.endsWith('pin-failures'))
      .map((key) => ({ kind: key.slice(key.lastIndexOf('.') + 1), text: localStorage.getItem(key) ?? '' }));
    return { ciphertexts, token, wrappers, pepper };
  });
}

/** What the app's database holds, read with plain IndexedDB (0 everywhere after a wipe). */
export function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    const counts: Record<string, number> = {};
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        if (store === 'meta') continue; // a new database writes one mark there (summaries:built)
        counts[`${name}.${store}`] = await new Promise<number>((resolve) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
        });
      }
      db.close();
    }
    return counts;
  });
}
