/**
 * The audit trail of accounts and devices: logins (also failed and refused ones), logouts,
 * setup, and every act of the admin CLI. Kept apart from the NEN 7513 trail of household
 * access (audit-log.ts), because these events often have no user or team (an unknown username)
 * and never a household. Never a password, token or typed username that matched no user.
 */
import { uuidv7 } from '../../domain/ids';
import type { Db } from '../store/schema';

export type AccountAction =
  | 'login'
  | 'login-failed'
  | 'login-refused'
  | 'logout'
  | 'session-expired'
  | 'setup'
  | 'admin'
  /** A request about household data naming a team that does not exist (see audit-log.ts). */
  | 'access-refused';

export interface AccountEvent {
  action: AccountAction;
  userId?: string | null;
  deviceSessionId?: string | null;
  clientAddress?: string | null;
  /** A short technical reason or the admin command; no personal data about residents. */
  detail?: string | null;
}

export async function writeAccountAudit(db: Db, event: AccountEvent, now: Date): Promise<void> {
  await db
    .insertInto('account_audit')
    .values({
      id: uuidv7(now.getTime()),
      at: now.toISOString(),
      action: event.action,
      user_id: event.userId ?? null,
      device_session_id: event.deviceSessionId ?? null,
      client_address: event.clientAddress ?? null,
      detail: event.detail ?? null,
    })
    .execute();
}
