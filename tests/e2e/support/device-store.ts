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
