// The real server on SQLite, started on a data directory that already holds the bench team and
// `records` fictional records (written through the push path before the server starts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { storeOptionsFromEnv } from '../../../../src/server/config';
import type { Mutation } from '../../../../src/domain/sync-protocol';
import { openStore } from '../../../../src/server/store/open-store';
import { startServer, type RunningServer } from '../../../e2e/support/server';
import { createBenchTeam, fictionalMutations, pushAll } from './fictional-team';

export interface SeededServer {
  server: RunningServer;
  teamId: string;
  /** The team's last seq: a device that pulled everything has this cursor. */
  lastSeq: number;
  stop(): Promise<void>;
}

/** `recordsPerHousehold`: the household and its contact moments (see fictional-team.ts). */
/** `extra`: more mutations for the bench team, pushed after the fictional records (e.g. big-household.ts). */
export async function startSeededServer(records: number, recordsPerHousehold?: number, extra?: (teamId: string) => Mutation[]): Promise<SeededServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'voordeur-bench-sync-'));
  try {
    // The server's own options: the data key file it makes here is the one the server then reads.
    const store = await openStore(storeOptionsFromEnv({ DATA_DIR: dataDir }));
    let teamId: string;
    let lastSeq: number;
    try {
      // Only the seeding skips fsync (it is not measured); the server reopens with synchronous=FULL.
      await sql`pragma synchronous = off`.execute(store.db);
      const team = await createBenchTeam(store);
      await pushAll(store, team.actor, fictionalMutations(team.teamId, records, undefined, recordsPerHousehold));
      if (extra) await pushAll(store, team.actor, extra(team.teamId));
      const counter = await store.db.selectFrom('team_counters').select('seq').where('team_id', '=', team.teamId).executeTakeFirstOrThrow();
      teamId = team.teamId;
      lastSeq = counter.seq;
    } finally {
      await store.close();
    }
    // DATABASE_URL emptied: this measure is about SQLite even when the shell points at PostgreSQL.
    const server = await startServer({ dataDir, env: { DATABASE_URL: '' } });
    const stop = () => server.stop().finally(() => rm(dataDir, { recursive: true, force: true }));
    return { server, teamId, lastSeq, stop };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
