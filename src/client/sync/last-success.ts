import type { DataLayer } from '../db';

// Kept on the device so every tab, and the app after a restart, can say when the last sync was.
const KEY = 'lastSyncAt';

export async function readLastSuccess(data: DataLayer): Promise<number | null> {
  const value = (await data.db.meta.get(KEY))?.value;
  return typeof value === 'number' ? value : null;
}

export async function saveLastSuccess(data: DataLayer, at: number): Promise<void> {
  await data.db.meta.put({ key: KEY, value: at });
}
