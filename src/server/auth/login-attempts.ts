/**
 * Failed logins, counted in the database and not in memory: several server processes can share
 * one PostgreSQL, and a limit kept per process would multiply by their number.
 */
import { uuidv7 } from '../../domain/ids';
import type { Db } from '../store/schema';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;
const KEEP_MS = 24 * 60 * 60 * 1000;

export async function isLoginBlocked(db: Db, username: string, clientAddress: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  const count = async (column: 'username' | 'client_address', value: string) => {
    const row = await db
      .selectFrom('login_attempts')
      .select((eb) => eb.fn.countAll().as('n'))
      .where(column, '=', value)
      .where('attempted_at', '>', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return (
    (await count('username', username)) >= MAX_FAILURES_PER_USERNAME ||
    (await count('client_address', clientAddress)) >= MAX_FAILURES_PER_ADDRESS
  );
}

export async function recordLoginFailure(db: Db, username: string, clientAddress: string, now: Date): Promise<void> {
  await db
    .insertInto('login_attempts')
    .values({ id: uuidv7(now.getTime()), username, client_address: clientAddress, attempted_at: now.toISOString() })
    .execute();
  await db
    .deleteFrom('login_attempts')
    .where('attempted_at', '<', new Date(now.getTime() - KEEP_MS).toISOString())
    .execute();
}

/** After a good login the username starts with a clean slate; the address count stays. */
export async function clearUsernameFailures(db: Db, username: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('username', '=', username).execute();
}
