import { layerOf, type DataLayer } from '../db/data-layer';
import type { ScreenData } from '../db/screen-data';

// Kept on the device so every tab, and the app after a restart, can say when the last sync was.
const KEY = 'lastSyncAt';
// An online login reaches the server too, though it syncs nothing: the offline lease counts
// from it, the sync state does not (it would claim data that was never fetched).
const LOGIN_KEY = 'lastLoginAt';

export async function readLastSuccess(data: DataLayer): Promise<number | null> {
  const value = (await data.db.meta.get(KEY))?.value;
  return typeof value === 'number' ? value : null;
}

export async function saveLastSuccess(data: DataLayer, at: number): Promise<void> {
  await data.db.meta.put({ key: KEY, value: at });
}

export async function saveLastLogin(data: DataLayer, at: number): Promise<void> {
  await data.db.meta.put({ key: LOGIN_KEY, value: at });
}

/** When the device last reached the server: its last sync or online login, whichever is later. */
export async function readLastContact(screenData: ScreenData): Promise<number | null> {
  const data = layerOf(screenData);
  const times = (await data.db.meta.bulkGet([KEY, LOGIN_KEY])).map((row) => row?.value).filter((at): at is number => typeof at === 'number');
  return times.length > 0 ? Math.max(...times) : null;
}
