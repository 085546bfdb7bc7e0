import type { VoordeurDb } from './database';

/**
 * The households a worker chose to discuss in today's kernteam meeting, on this device. Only
 * household ids (no contents), kept per worker and day in meta; a wipe clears them with the rest.
 */
const key = (userId: string, day: string) => `meeting:${userId}:${day}`;

export async function readMeetingChoice(db: VoordeurDb, userId: string, day: string): Promise<string[]> {
  const value = (await db.meta.get(key(userId, day)))?.value;
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** Add or remove one household, in one transaction so two quick taps cannot lose each other. */
export function toggleMeetingChoice(db: VoordeurDb, userId: string, day: string, householdId: string): Promise<void> {
  return db.transaction('rw', db.meta, async () => {
    const chosen = await readMeetingChoice(db, userId, day);
    const next = chosen.includes(householdId) ? chosen.filter((id) => id !== householdId) : [...chosen, householdId];
    await db.meta.put({ key: key(userId, day), value: next });
  });
}
