import type { VoordeurDb } from './database';

/**
 * Small per-worker choices on this device (e.g. "do not show the practical tips again"). Kept in
 * the meta table under the worker's user id, so two workers sharing a phone each keep their own;
 * never anything about a resident. A wipe of the device clears them with the rest.
 */
export type PreferenceName = 'hide-checklist';

const key = (userId: string, name: PreferenceName) => `pref:${userId}:${name}`;

export async function readPreference(db: VoordeurDb, userId: string, name: PreferenceName): Promise<boolean> {
  return (await db.meta.get(key(userId, name)))?.value === true;
}

export async function writePreference(db: VoordeurDb, userId: string, name: PreferenceName, value: boolean): Promise<void> {
  await db.meta.put({ key: key(userId, name), value });
}
