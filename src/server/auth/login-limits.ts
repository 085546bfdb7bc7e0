/**
 * The login limit's counters, in the database: several server processes can share one
 * PostgreSQL, and a limit kept per process would multiply by their number. Counting and checking
 * is one step: the two counter rows an attempt touches are locked (PostgreSQL FOR UPDATE, in key
 * order; SQLite's one writer), decided on (login-limit-rules.ts) and written back before the
 * password is checked, so simultaneous attempts queue instead of all passing the check.
 */
import type { Store } from '../store/open-store';
import type { Db, LoginLimitsTable } from '../store/schema';
import { decideAttempt, FORGET_AFTER_MS, freshCounter, type LimitCounter } from './login-limit-rules';

export type Claim = { ok: true } | { ok: false; scope: 'username' | 'address'; retryAfterMs: number };

const userKey = (username: string, address: string) => `user:${username}@${address}`;
const addressKey = (address: string) => `address:${address}`;

/** Counts this attempt as a failure in advance, unless the limit refuses it. */
export async function claimLoginAttempt(store: Store, username: string, address: string, now: Date): Promise<Claim> {
  const keys = { user: userKey(username, address), address: addressKey(address) };
  return store.db.transaction().execute(async (trx) => {
    const rows = await lockRows(trx, store.dialect, [keys.user, keys.address], now);
    const decision = decideAttempt(rows.get(keys.user)!, rows.get(keys.address)!, now.getTime());
    if (!decision.allowed) return { ok: false, scope: decision.scope, retryAfterMs: decision.retryAfterMs };
    await saveCounter(trx, keys.user, decision.user);
    await saveCounter(trx, keys.address, decision.address);
    return { ok: true };
  });
}

/** A good login: the username starts again at this address, and the address gets its count back. */
export async function releaseLoginAttempt(db: Db, username: string, address: string): Promise<void> {
  await db.deleteFrom('login_limits').where('key', '=', userKey(username, address)).execute();
  await db
    .updateTable('login_limits')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('key', '=', addressKey(address))
    .where('failures', '>', 0)
    .execute();
}

/** Counters nobody touched for a day mean nothing any more. */
export async function forgetOldLimits(db: Db, now: Date): Promise<void> {
  await db.deleteFrom('login_limits').where('updated_at', '<', new Date(now.getTime() - FORGET_AFTER_MS).toISOString()).execute();
}

async function lockRows(trx: Db, dialect: Store['dialect'], keys: string[], now: Date): Promise<Map<string, LimitCounter>> {
  const sorted = [...keys].sort();
  const fresh = toRow(freshCounter(now.getTime()));
  // Rows are made first (a no-op when they exist), so there is always a row to lock.
  for (const key of sorted) {
    await trx.insertInto('login_limits').values({ key, ...fresh }).onConflict((oc) => oc.column('key').doNothing()).execute();
  }
  const rows = await trx
    .selectFrom('login_limits')
    .selectAll()
    .where('key', 'in', sorted)
    .orderBy('key')
    .$if(dialect === 'postgres', (qb) => qb.forUpdate())
    .execute();
  return new Map(rows.map((row) => [row.key, fromRow(row)]));
}

function saveCounter(trx: Db, key: string, counter: LimitCounter) {
  return trx.updateTable('login_limits').set(toRow(counter)).where('key', '=', key).execute();
}

function toRow(c: LimitCounter): Omit<LoginLimitsTable, 'key'> {
  return {
    failures: c.failures,
    window_started_at: new Date(c.windowStartedAt).toISOString(),
    next_allowed_at: new Date(c.nextAllowedAt).toISOString(),
    updated_at: new Date(c.updatedAt).toISOString(),
  };
}

function fromRow(row: LoginLimitsTable): LimitCounter {
  return {
    failures: row.failures,
    windowStartedAt: Date.parse(row.window_started_at),
    nextAllowedAt: Date.parse(row.next_allowed_at),
    updatedAt: Date.parse(row.updated_at),
  };
}
