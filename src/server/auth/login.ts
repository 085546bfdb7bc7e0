import type { LoginResponse } from '../../domain/auth-protocol';
import { writeAccountAudit } from '../audit/account-audit';
import type { Store } from '../store/open-store';
import { findUserByUsername, teamsOf, userInfo } from './accounts';
import { claimLoginAttempt, forgetOldLimits, releaseLoginAttempt } from './login-limits';
import { verifyAgainstDummy, verifyPassword } from './password';
import { createDeviceSession } from './sessions';

export interface LoginInput {
  username: string;
  password: string;
  deviceLabel: string;
  clientId: string;
  clientAddress: string;
}

export type LoginRefusal =
  | { reason: 'rate-limited'; scope: 'username' | 'address'; retryAfterMs: number }
  | { reason: 'wrong-credentials' | 'disabled' | 'client-id-taken' };

export type LoginOutcome = { ok: true; response: LoginResponse } | ({ ok: false } & LoginRefusal);

/**
 * Check the password and open a device session. Unknown user and wrong password look the same.
 * The limit is claimed before the (slow) password check, so simultaneous attempts cannot all
 * pass it; every outcome goes into the account audit trail.
 */
export async function login(store: Store, input: LoginInput, now: Date): Promise<LoginOutcome> {
  const { db } = store;
  const audit = (action: 'login' | 'login-failed' | 'login-refused', userId: string | null, detail: string | null, sessionId?: string) =>
    writeAccountAudit(db, { action, userId, deviceSessionId: sessionId ?? null, clientAddress: input.clientAddress, detail }, now);

  const claim = await claimLoginAttempt(store, input.username, input.clientAddress, now);
  const user = await findUserByUsername(db, input.username);
  if (!claim.ok) {
    await audit('login-refused', user?.id ?? null, `rate-limited-${claim.scope}`);
    return { ok: false, reason: 'rate-limited', scope: claim.scope, retryAfterMs: claim.retryAfterMs };
  }
  const good = user ? await verifyPassword(input.password, user.password_hash) : await verifyAgainstDummy(input.password);
  if (!user || !good) {
    await audit('login-failed', user?.id ?? null, null);
    await forgetOldLimits(db, now);
    return { ok: false, reason: 'wrong-credentials' };
  }
  await releaseLoginAttempt(db, input.username, input.clientAddress);
  if (user.disabled_at !== null) {
    await audit('login-refused', user.id, 'disabled');
    return { ok: false, reason: 'disabled' };
  }
  const session = await createDeviceSession(db, { userId: user.id, label: input.deviceLabel, clientId: input.clientId }, now);
  if (!session.ok) {
    await audit('login-refused', user.id, session.reason);
    return { ok: false, reason: session.reason };
  }
  await audit('login', user.id, null, session.sessionId);
  return { ok: true, response: { token: session.token, logoutTicket: session.logoutTicket, user: userInfo(user), teams: await teamsOf(db, user.id) } };
}
