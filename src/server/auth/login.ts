import type { LoginResponse } from '../../domain/auth-protocol';
import type { Db } from '../store/schema';
import { findUserByUsername, teamsOf, userInfo } from './accounts';
import { clearUsernameFailures, isLoginBlocked, recordLoginFailure } from './login-attempts';
import { verifyAgainstDummy, verifyPassword } from './password';
import { createDeviceSession } from './sessions';

export interface LoginInput {
  username: string;
  password: string;
  deviceLabel: string;
  clientAddress: string;
}

export type LoginOutcome = { ok: true; response: LoginResponse } | { ok: false; reason: 'rate-limited' | 'wrong-credentials' };

/** Check the password and open a device session. Unknown user and wrong password look the same. */
export async function login(db: Db, input: LoginInput, now: Date): Promise<LoginOutcome> {
  if (await isLoginBlocked(db, input.username, input.clientAddress, now)) return { ok: false, reason: 'rate-limited' };
  const user = await findUserByUsername(db, input.username);
  const good = user
    ? await verifyPassword(input.password, user.password_hash)
    : await verifyAgainstDummy(input.password);
  if (!user || !good) {
    await recordLoginFailure(db, input.username, input.clientAddress, now);
    return { ok: false, reason: 'wrong-credentials' };
  }
  await clearUsernameFailures(db, input.username);
  const token = await createDeviceSession(db, user.id, input.deviceLabel, now);
  return { ok: true, response: { token, user: userInfo(user), teams: await teamsOf(db, user.id) } };
}
