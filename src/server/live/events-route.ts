/**
 * `GET /api/sync/events`: a Server-Sent Events stream that tells a device, as soon as a
 * colleague's push commits, that one of its teams has changes up to a cursor. The device then
 * pulls through the normal, audited `/api/sync/pull`; this stream never carries contents.
 *
 * Authenticated like every /api route (the device session's bearer token, in a header, never in
 * the URL). On connect it sends every team's cursor, so a device whose last pull is older hears
 * of it at once. Every heartbeat re-reads the session and the memberships: a revoked or ended
 * session loses its stream, a team the user left goes silent. A stream ends after maxStreamMs,
 * so whatever else the authentication checks (expiry) is checked again on reconnect.
 */
import type { Hono } from 'hono';
import { TEAM_EVENTS_PATH } from '../../domain/team-change';
import { errorFields } from '../log';
import type { Db } from '../store/schema';
import { authenticate } from '../http/authenticate';
import type { AppDeps, AppEnv } from '../http/context';
import type { Live } from './live';
import type { TeamChange } from './team-changes';

export function eventRoutes(app: Hono<AppEnv>, deps: AppDeps, live: Live): void {
  app.get(TEAM_EVENTS_PATH, authenticate(deps), async (c) => {
    const session = c.get('session');
    const db = deps.store.db;
    const initial = await teamCursors(db, session.user_id);
    const encoder = new TextEncoder();
    const unlisten = new Map<string, () => void>();
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    let ended = false;
    let heartbeat: ReturnType<typeof setInterval> | undefined;
    let lifetime: ReturnType<typeof setTimeout> | undefined;

    const send = (text: string) => {
      if (ended) return;
      try {
        controller.enqueue(encoder.encode(text));
      } catch {
        end();
      }
    };
    const sendChange = (change: TeamChange) => send(`event: change\ndata: ${JSON.stringify(change)}\n\n`);
    const follow = (teamIds: Iterable<string>) => {
      const wanted = new Set(teamIds);
      for (const [teamId, stop] of unlisten) {
        if (wanted.has(teamId)) continue;
        stop();
        unlisten.delete(teamId);
      }
      for (const teamId of wanted) if (!unlisten.has(teamId)) unlisten.set(teamId, live.changes.listen(teamId, sendChange));
    };
    const stream = { sessionId: session.id, close: () => end(true) };
    function end(closeBody = false): void {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      for (const stop of unlisten.values()) stop();
      unlisten.clear();
      live.streams.remove(stream);
      if (closeBody) {
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      }
    }
    async function check(): Promise<void> {
      if (!(await sessionIsActive(db, session.id))) return end(true);
      follow((await teamCursors(db, session.user_id)).map((t) => t.teamId));
      send(': ping\n\n');
    }

    const body = new ReadableStream<Uint8Array>({
      start(ctrl) {
        controller = ctrl;
        follow(initial.map((t) => t.teamId));
        live.streams.add(stream);
        send('retry: 5000\n\n');
        for (const team of initial) sendChange(team);
        heartbeat = setInterval(() => {
          check().catch((error: unknown) => {
            deps.logger('error', 'event stream check failed', errorFields(error));
            end(true);
          });
        }, live.heartbeatMs);
        lifetime = setTimeout(() => end(true), live.maxStreamMs);
      },
      cancel: () => end(),
    });
    c.req.raw.signal.addEventListener('abort', () => end(true), { once: true });
    return new Response(body, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // A reverse proxy (nginx) must pass each event on at once, not buffer the stream.
        'x-accel-buffering': 'no',
      },
    });
  });
}

/** The user's teams, each with its cursor now (the counter's seq). */
async function teamCursors(db: Db, userId: string): Promise<TeamChange[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('team_counters', 'team_counters.team_id', 'memberships.team_id')
    .select(['team_counters.team_id', 'team_counters.seq'])
    .where('memberships.user_id', '=', userId)
    .execute();
  return rows.map((row) => ({ teamId: row.team_id, cursor: row.seq }));
}

async function sessionIsActive(db: Db, sessionId: string): Promise<boolean> {
  const row = await db.selectFrom('device_sessions').select('revoked_at').where('id', '=', sessionId).executeTakeFirst();
  return row !== undefined && row.revoked_at === null;
}
