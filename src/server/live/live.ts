/** Everything the live notification needs, made once per server process (see team-changes.ts). */
import type { Logger } from '../log';
import type { Store, StoreOptions } from '../store/open-store';
import { isPostgresUrl } from '../store/open-store';
import { EventStreams, MAX_STREAMS_PER_SESSION } from './event-streams';
import { postgresTeamChanges } from './postgres-changes';
import { localTeamChanges, type TeamChanges } from './team-changes';

export interface LiveOptions {
  /** A comment line this often keeps proxies from closing an idle stream and finds dead ones. */
  heartbeatMs?: number;
  /** A stream ends after this long; the device connects again and is authenticated afresh. */
  maxStreamMs?: number;
  maxStreamsPerSession?: number;
}

export interface Live {
  changes: TeamChanges;
  streams: EventStreams;
  heartbeatMs: number;
  maxStreamMs: number;
  /** Close every stream and stop listening (server shutdown). */
  close(): Promise<void>;
}

export const HEARTBEAT_MS = 25_000;
export const MAX_STREAM_MS = 10 * 60_000;

export function createLive(changes: TeamChanges, options: LiveOptions = {}): Live {
  const streams = new EventStreams(options.maxStreamsPerSession ?? MAX_STREAMS_PER_SESSION);
  return {
    changes,
    streams,
    heartbeatMs: options.heartbeatMs ?? HEARTBEAT_MS,
    maxStreamMs: options.maxStreamMs ?? MAX_STREAM_MS,
    async close() {
      streams.closeAll();
      await changes.close();
    },
  };
}

/** PostgreSQL: across processes through LISTEN/NOTIFY; SQLite (one process): in memory. */
export async function openLive(store: Store, storeOptions: StoreOptions, logger: Logger, options: LiveOptions = {}): Promise<Live> {
  const changes = isPostgresUrl(storeOptions.databaseUrl)
    ? await postgresTeamChanges({ db: store.db, databaseUrl: storeOptions.databaseUrl, schema: storeOptions.pgSchema, logger })
    : localTeamChanges();
  return createLive(changes, options);
}
