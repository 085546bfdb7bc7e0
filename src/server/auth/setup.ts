/**
 * First run: while there is no account, a one-time token (printed on the server's console)
 * lets one person create the first team and its beheerder. There is one token per database:
 * several server processes starting on it print the same link (see migration 003).
 */
import { timingSafeEqual } from 'node:crypto';
import type { LoginResponse, SetupRequest } from '../../domain/auth-protocol';
import { writeAccountAudit } from '../audit/account-audit';
import type { Db } from '../store/schema';
import { inTransaction } from '../store/transaction';
import { createUser, findOrCreateTeam, setMembership } from './accounts';
import { createDeviceSession } from './sessions';
import { hashToken, newToken } from './tokens';

export async function needsSetup(db: Db): Promise<boolean> {
  const user = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return user === undefined;
}

/**
 * The database's setup token while setup is still needed (made by the first process to ask,
 * the same for every later one); undefined when there are accounts already. No transaction:
 * a racing insert waits for the first one's commit and then does nothing, so no process ever
 * sees (or logs) a key error, and the read after it finds the one row.
 */
export async function issueSetupToken(db: Db, now: Date): Promise<string | undefined> {
  if (!(await needsSetup(db))) return undefined;
  await db
    .insertInto('setup_link')
    .values({ slot: 1, token: newToken(), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('slot').doNothing())
    .execute();
  const row = await db.selectFrom('setup_link').select('token').where('slot', '=', 1).executeTakeFirst();
  // Setup finished between the check and here: its deletion won, and there is nothing to print.
  return row?.token;
}

export type SetupOutcome = { ok: true; response: LoginResponse } | { ok: false; reason: 'already-set-up' | 'bad-token' };

class SetupRefused extends Error {
  constructor(readonly reason: 'already-set-up' | 'bad-token') {
    super(reason);
  }
}

export async function completeSetup(db: Db, request: Required<SetupRequest>, now: Date): Promise<SetupOutcome> {
  try {
    return await inTransaction(db, async (trx) => {
      if (!(await needsSetup(trx))) throw new SetupRefused('already-set-up');
      // Deleting the token makes it one-time. A setup racing this one (another server process)
      // waits for the row, then finds it gone and stops. A wrong token rolls back.
      const deleted = await trx.deleteFrom('setup_link').returning('token').execute();
      if (!deleted.some((row) => sameToken(row.token, request.token))) throw new SetupRefused('bad-token');
      // The admin CLI may have made teams already, before any account existed.
      const team = await findOrCreateTeam(trx, request.teamName, now);
      const user = await createUser(trx, request, now);
      await setMembership(trx, user.id, team.id, 'beheerder');
      const session = await createDeviceSession(trx, { userId: user.id, label: request.deviceLabel, clientId: request.clientId }, now);
      // A new user cannot own a clock node yet, so the session always opens.
      if (!session.ok) throw new Error('The clock node of the first user was taken.');
      await writeAccountAudit(trx, { action: 'setup', userId: user.id, deviceSessionId: session.sessionId }, now);
      return { ok: true as const, response: { token: session.token, logoutTicket: session.logoutTicket, user, teams: [{ ...team, role: 'beheerder' as const }] } };
    });
  } catch (error) {
    if (error instanceof SetupRefused) return { ok: false, reason: error.reason };
    throw error;
  }
}

/** Compared by their hashes in constant time: the answer must not tell how much of a guess was right. */
function sameToken(stored: string, given: string): boolean {
  return timingSafeEqual(Buffer.from(hashToken(stored)), Buffer.from(hashToken(given)));
}
