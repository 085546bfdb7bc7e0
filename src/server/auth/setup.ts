/**
 * First run: while there is no account, a one-time token (printed on the server's console)
 * lets one person create the first team and its beheerder.
 */
import type { LoginResponse, SetupRequest } from '../../domain/auth-protocol';
import { writeAccountAudit } from '../audit/account-audit';
import type { Db } from '../store/schema';
import { createUser, findOrCreateTeam, setMembership } from './accounts';
import { createDeviceSession } from './sessions';
import { hashToken, newToken } from './tokens';

export async function needsSetup(db: Db): Promise<boolean> {
  const user = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return user === undefined;
}

/** A fresh setup token when setup is still needed; undefined when there are accounts already. */
export async function issueSetupToken(db: Db, now: Date): Promise<string | undefined> {
  if (!(await needsSetup(db))) return undefined;
  const token = newToken();
  await db.insertInto('setup_tokens').values({ token_hash: hashToken(token), created_at: now.toISOString() }).execute();
  return token;
}

export type SetupOutcome = { ok: true; response: LoginResponse } | { ok: false; reason: 'already-set-up' | 'bad-token' };

class SetupRefused extends Error {
  constructor(readonly reason: 'already-set-up' | 'bad-token') {
    super(reason);
  }
}

export async function completeSetup(db: Db, request: Required<SetupRequest>, now: Date): Promise<SetupOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      if (!(await needsSetup(trx))) throw new SetupRefused('already-set-up');
      // Deleting every token makes them all one-time. A setup racing this one (another server
      // process) waits for these rows, then finds them gone and stops. A wrong token rolls back.
      const deleted = await trx.deleteFrom('setup_tokens').returning('token_hash').execute();
      if (!deleted.some((row) => row.token_hash === hashToken(request.token))) throw new SetupRefused('bad-token');
      // The admin CLI may have made teams already, before any account existed.
      const team = await findOrCreateTeam(trx, request.teamName, now);
      const user = await createUser(trx, request, now);
      await setMembership(trx, user.id, team.id, 'beheerder');
      const session = await createDeviceSession(trx, { userId: user.id, label: request.deviceLabel, clientId: request.clientId }, now);
      // A new user cannot own a clock node yet, so the session always opens.
      if (!session.ok) throw new Error('The clock node of the first user was taken.');
      await writeAccountAudit(trx, { action: 'setup', userId: user.id, deviceSessionId: session.sessionId }, now);
      return { ok: true as const, response: { token: session.token, user, teams: [{ ...team, role: 'beheerder' as const }] } };
    });
  } catch (error) {
    if (error instanceof SetupRefused) return { ok: false, reason: error.reason };
    throw error;
  }
}
