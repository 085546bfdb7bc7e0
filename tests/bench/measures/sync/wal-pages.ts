// Pages a batch writes on SQLite, counted rather than timed: the WAL frames one batch adds, for
// the push and for the floor's plain INSERTs of the same rows. Commit time grows with the pages
// (each is written to the WAL and fsynced), and unlike the timings the count does not move with
// the other processes on the machine, so it says how much of the push ÷ floor gap is bytes on disk.
import { sql } from 'kysely';
import type { Mutation } from '../../../../src/domain/sync-protocol';
import type { Store } from '../../../../src/server/store/open-store';

/** Empties the WAL (all frames written back), then counts the frames `work` adds. */
export async function walFramesOf(store: Store, work: () => Promise<void>): Promise<number> {
  await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
  await work();
  const { rows } = await sql<{ log: number }>`pragma wal_checkpoint(passive)`.execute(store.db);
  return rows[0]?.log ?? 0;
}

/** The mean WAL frames per batch of `write` over these batches. */
export async function meanWalFrames(store: Store, batches: readonly (readonly Mutation[])[], write: (batch: readonly Mutation[]) => Promise<void>): Promise<number> {
  let frames = 0;
  for (const batch of batches) frames += await walFramesOf(store, () => write(batch));
  return frames / batches.length;
}
