import { isUnlocked } from '../crypto/key-ring';
import type { DataLayer } from '../db/data-layer';
import { isSealedCodec } from '../db/sealed-codec';
import { readSession, type DeviceSession } from '../db/session';
import { primeReads } from '../ui/live';
import { firstReads } from './routes';

/** Longest wait for the first screen's data before rendering anyway (a slow or blocked IndexedDB). */
const FIRST_READS_WAIT_MS = 1_000;

/** A session whose records are sealed and no key in memory: the app opens on the lock screen. */
export function opensLocked(data: DataLayer, session: DeviceSession | null | undefined): boolean {
  return session != null && isSealedCodec(data.store.codec) && !isUnlocked();
}

/**
 * Read the session and what the first screen shows, all at once and while its code loads, so
 * that React's first render is the finished screen (index.html says "laden" until then).
 * Resolves with the session, or undefined when reading failed or took too long: then the app
 * renders anyway and its live queries load everything as usual.
 */
export async function readFirstScreen(
  data: DataLayer,
  pathname: string,
  loadScreen: () => Promise<void>,
  waitMs = FIRST_READS_WAIT_MS,
  readForLockScreen: () => Promise<void> = () => Promise.resolve(),
): Promise<DeviceSession | null | undefined> {
  const reading = (async () => {
    const session = await readSession(data.db);
    // Locked, the first screen is the lock screen: nothing of the data can (or may) be read, and
    // the screen behind it loads once the lock screen has painted (start.tsx), not competing with it.
    // What the lock screen shows is read now, so that it paints complete in the first render.
    if (opensLocked(data, session)) await readForLockScreen();
    else await Promise.all([loadScreen(), primeReads(data, firstReads(pathname, session))]);
    return session;
  })().catch((error: unknown) => {
    console.error('Reading the first screen failed', error);
    return undefined;
  });
  const tooLong = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), waitMs));
  return Promise.race([reading, tooLong]);
}
