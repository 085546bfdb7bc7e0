// The real server on SQLite, started on a data directory that already holds the bench team and
// `records` fictional records (written through the push path before the server starts).
import { cp, mkdtemp, rm } from 'node:fs/promises';
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
  /**
   * With `plainDistDir`: a second server on a copy of the same seeded data directory, serving the
   * test-only plain build (VITE_PLAIN_CODEC=1, no encryption on the device), so the same pull can
   * be timed with and without the device's codec. The server itself seals at rest in both.
   */
  plain?: RunningServer;
  stop(): Promise<void>;
}

export interface SeededServerOptions {
  /** `recordsPerHousehold`: the household and its contact moments (see fictional-team.ts). */
  recordsPerHousehold?: number;
  /** More mutations for the bench team, pushed after the fictional records (e.g. big-household.ts). */
  extra?: (teamId: string) => Mutation[];
  /** The plain bench build (run.ts): also start `plain`, see SeededServer. */
  plainDistDir?: string;
}

export async function startSeededServer(records: number, { recordsPerHousehold, extra, plainDistDir }: SeededServerOptions = {}): Promise<SeededServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'voordeur-bench-sync-'));
  const plainDataDir = `${dataDir}-plain`;
  const removeDirs = () => Promise.all([dataDir, plainDataDir].map((dir) => rm(dir, { recursive: true, force: true })));
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
    // Copied while no server has it open: the same records, users and server data key.
    if (plainDistDir) await cp(dataDir, plainDataDir, { recursive: true });
    // DATABASE_URL emptied: this measure is about SQLite even when the shell points at PostgreSQL.
    const server = await startServer({ dataDir, env: { DATABASE_URL: '' } });
    const plain = plainDistDir
      ? await startServer({ dataDir: plainDataDir, env: { DATABASE_URL: '', DIST_DIR: plainDistDir } }).catch(async (error: unknown) => {
          await server.stop();
          throw error;
        })
      : undefined;
    const stop = () => Promise.all([server.stop(), plain?.stop()]).finally(removeDirs).then(() => undefined);
    return { server, plain, teamId, lastSeq, stop };
  } catch (error) {
    await removeDirs();
    throw error;
  }
}
