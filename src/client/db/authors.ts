import { compareHlc, hlcNode, type Hlc } from '../../domain';
import type { VoordeurDb } from './database';

/**
 * Who wrote a text: the display name behind a clock stamp's node (a device of a team mate), as
 * the server last told this device (`/api/me`, see sync/session-refresh.ts). Kept in meta beside
 * the session, so it works offline; a wipe clears it with the rest. Workers' names only, never
 * anything about a resident.
 */
export type Authors = Readonly<Record<string, string>>;

const KEY = 'authors';

export async function readAuthors(db: VoordeurDb): Promise<Authors> {
  const stored = (await db.meta.get(KEY))?.value;
  if (stored === undefined) return {};
  // Workers' names are personal data: sealed at rest like the session's names. Locked or
  // unreadable, the device names no author rather than failing the screen.
  return (await db.codec.decode('meta', KEY, stored).catch(() => ({}))) as Authors;
}

/** Stores the names, keeping those of devices the server no longer lists (old texts keep their author). */
export async function saveAuthors(db: VoordeurDb, authors: Authors): Promise<void> {
  // Read and sealed outside a transaction (WebCrypto would end it). Two refreshes at once can
  // only both write the server's current list, so a lost update loses nothing that matters.
  const known = await readAuthors(db);
  if (Object.entries(authors).every(([node, name]) => known[node] === name)) return;
  await db.meta.put({ key: KEY, value: await db.codec.encode('meta', KEY, { ...known, ...authors }) });
}

/** The author of a stamp, or null when this device does not know the device that made it. */
export function authorOf(authors: Authors, stamp: Hlc): string | null {
  return authors[hlcNode(stamp)] ?? null;
}

/** The distinct nodes behind a record's field stamps, in the order they first wrote: the creator first. */
export function writersOf(stamps: Readonly<Record<string, Hlc>>): string[] {
  return [...new Set(Object.values(stamps).sort(compareHlc).map(hlcNode))];
}

/** The known names of these nodes, each once (a worker with two phones is one author). */
export function authorNames(authors: Authors, nodes: readonly string[]): string[] {
  return [...new Set(nodes.flatMap((node) => (authors[node] ? [authors[node]] : [])))];
}
