/**
 * Rate limits on push and pull, per device session, and on logout tickets, per client address
 * (that request has no session): a fixed window (a minute) and a count,
 * kept in the database so that every server process adds to the same count. Counting and
 * deciding is one atomic upsert that answers the new count (INSERT … ON CONFLICT DO UPDATE …
 * RETURNING, on SQLite and PostgreSQL alike), so simultaneous requests through several
 * processes cannot all slip under the limit. The limits are far above what the app does (a
 * push per local save, debounced; a first pull of 30,000 records is 60 pages): only a runaway
 * or hostile client meets them, and it gets 429 with Retry-After (the app waits that long).
 */
import type { MiddlewareHandler } from 'hono';
import { sql } from 'kysely';
import { messages } from '../messages';
import type { Db } from '../store/schema';
import { inRetriedTransaction } from '../store/transaction';
import { apiError, type AppContext, type AppDeps, type AppEnv } from './context';

export type LimitedKind = 'push' | 'pull' | 'logout-ticket';

export interface RequestLimits {
  /** One window for every kind: countRequest forgets old windows by their number, whatever the key. */
  windowMs: number;
  /** A kind left out has its default. */
  perWindow: Record<'push' | 'pull', number> & Partial<Record<LimitedKind, number>>;
}

/** A phone sends its logout ticket once; 30 a minute leaves room for a whole office behind one address. */
export const DEFAULT_REQUEST_LIMITS = { windowMs: 60_000, perWindow: { push: 300, pull: 600, 'logout-ticket': 30 } } satisfies RequestLimits;

/** Counts this request; answers the count in the current window and when that window ends. */
export async function countRequest(db: Db, key: string, windowMs: number, now: Date): Promise<{ count: number; windowEndsMs: number }> {
  const windowNo = Math.floor(now.getTime() / windowMs);
  const { rows } = await sql<{ count: number | string }>`
    insert into request_limits (key, window_no, count) values (${key}, ${windowNo}, 1)
    on conflict (key) do update set
      count = case when request_limits.window_no = excluded.window_no then request_limits.count + 1 else 1 end,
      window_no = excluded.window_no
    returning count`.execute(db);
  const count = Number(rows[0]!.count);
  // A new window for this key: forget the windows that ended long ago (cheap, on the index).
  if (count === 1) await db.deleteFrom('request_limits').where('window_no', '<', windowNo - 60).execute();
  return { count, windowEndsMs: (windowNo + 1) * windowMs };
}

/** After authenticate(): refuses the request with 429 once the session's count is over the limit. */
export function limitRequests(kind: 'push' | 'pull', deps: AppDeps, limits: RequestLimits): MiddlewareHandler<AppEnv> {
  return limitBy(kind, deps, limits, (c) => {
    const session = c.get('session').id;
    return { key: session, logged: { deviceSession: session } };
  });
}

/** For a request without a session: counted per client address (which is never logged). */
export function limitRequestsByAddress(kind: 'logout-ticket', deps: AppDeps, limits: RequestLimits): MiddlewareHandler<AppEnv> {
  return limitBy(kind, deps, limits, (c) => ({ key: deps.clientAddress(c), logged: {} }));
}

function limitBy(
  kind: LimitedKind,
  { store, clock, logger }: AppDeps,
  limits: RequestLimits,
  counted: (c: AppContext) => { key: string; logged: Record<string, unknown> },
): MiddlewareHandler<AppEnv> {
  const perWindow = limits.perWindow[kind] ?? DEFAULT_REQUEST_LIMITS.perWindow[kind];
  return async (c, next) => {
    const now = clock();
    const { key, logged } = counted(c);
    // In a READ COMMITTED transaction whatever the database's default: under REPEATABLE READ two
    // simultaneous upserts of one row would abort one of them (and retried on contention).
    const { count, windowEndsMs } = await inRetriedTransaction(store.db, (trx) => countRequest(trx, `${kind}:${key}`, limits.windowMs, now));
    if (count > perWindow) {
      const retryAfterS = Math.max(1, Math.ceil((windowEndsMs - now.getTime()) / 1000));
      if (count === perWindow + 1) logger('warn', 'request limit reached', { kind, ...logged });
      c.header('Retry-After', String(retryAfterS));
      return apiError(c, 429, 'too-many-requests', messages.tooManyRequests);
    }
    await next();
  };
}
