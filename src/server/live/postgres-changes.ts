/**
 * Team changes across server processes that share one PostgreSQL database: a push NOTIFYs, and
 * each process LISTENs on a connection of its own and delivers to its own streams. NOTIFY is
 * sent after the push committed, so nobody is told of a change they cannot pull yet.
 *
 * The listening connection can drop (database restart, network). It is opened again with a
 * growing wait; what was announced in between is lost, so on every (re)connect each team that
 * has listeners here is told its current cursor from the counter table (devices that are already
 * there do nothing). The devices' timed sync stays the last fallback.
 */
import pg from 'pg';
import { sql } from 'kysely';
import { errorFields, type Logger } from '../log';
import type { Db } from '../store/schema';
import { ListenerHub, parseTeamChange, type TeamChanges } from './team-changes';

const CHANNEL = 'voordeur_team_changes';
const RECONNECT_BASE_MS = 500;
const RECONNECT_CAP_MS = 30_000;

export interface PostgresChangesOptions {
  /** The store's connection, to send NOTIFY with. */
  db: Db;
  databaseUrl: string;
  /** The store's schema: several deployments (and tests) share a database, each hears only its own. */
  schema?: string;
  logger: Logger;
}

interface Payload {
  /** Schema, so a deployment in another schema of the same database ignores it. */
  s: string;
  teamId: string;
  cursor: number;
}

export async function postgresTeamChanges(options: PostgresChangesOptions): Promise<TeamChanges> {
  const { db, databaseUrl, logger } = options;
  const schema = options.schema ?? '';
  const hub = new ListenerHub();
  let client: pg.Client | null = null;
  let closed = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  function onNotification(message: pg.Notification): void {
    if (message.channel !== CHANNEL || !message.payload) return;
    let payload: Partial<Payload>;
    try {
      payload = JSON.parse(message.payload) as Partial<Payload>;
    } catch {
      return;
    }
    if (payload.s !== schema) return;
    const change = parseTeamChange({ teamId: payload.teamId, cursor: payload.cursor });
    if (change) hub.deliver(change);
  }

  /** After a gap in listening: tell every team listened to here where it stands now. */
  async function catchUp(): Promise<void> {
    const teams = hub.teams();
    if (teams.length === 0) return;
    const rows = await db.selectFrom('team_counters').select(['team_id', 'seq']).where('team_id', 'in', teams).execute();
    for (const row of rows) hub.deliver({ teamId: row.team_id, cursor: row.seq });
  }

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on('notification', onNotification);
    next.on('error', (error) => {
      logger('error', 'team change listener lost its connection', errorFields(error));
      void next.end().catch(() => undefined);
    });
    next.on('end', () => {
      if (client === next) client = null;
      if (!closed) scheduleReconnect();
    });
    await next.connect();
    await next.query(`listen ${CHANNEL}`);
    if (closed) {
      await next.end();
      return;
    }
    client = next;
    failures = 0;
  }

  function scheduleReconnect(): void {
    if (closed || retry) return;
    failures += 1;
    const delay = Math.min(RECONNECT_CAP_MS, RECONNECT_BASE_MS * 2 ** Math.min(failures - 1, 10));
    retry = setTimeout(() => {
      retry = undefined;
      connect().then(
        () => catchUp(),
        (error: unknown) => {
          logger('error', 'team change listener could not connect', errorFields(error));
          scheduleReconnect();
        },
      ).catch((error: unknown) => logger('error', 'team change catch-up failed', errorFields(error)));
    }, delay);
  }

  await connect();

  return {
    async announce(changes) {
      for (const change of changes) {
        const payload: Payload = { s: schema, teamId: change.teamId, cursor: change.cursor };
        await sql`select pg_notify(${CHANNEL}, ${JSON.stringify(payload)})`.execute(db);
      }
    },
    listen: (teamId, listener) => hub.add(teamId, listener),
    async close() {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
