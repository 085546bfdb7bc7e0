/**
 * Escrow keys (issue 9, recovery by split knowledge): the device keeps its data key wrapped by
 * an escrow key, the server keeps that escrow key (wrapped by its own key, see server-key.ts).
 * Neither alone can read. The server gives the escrow key back only to the same user on the
 * same device clock node, and only to a session that was just opened by a password login: a
 * token found on a lost phone (or one that was merely rotated) is not enough. Revoking the device
 * or disabling the user deletes it, so a revoked phone can never be recovered.
 */
import { randomBytes } from 'node:crypto';
import type { Db, DeviceSessionsTable } from '../store/schema';
import { unwrapEscrowKey, wrapEscrowKey, type EscrowServerKey } from './server-key';

/** How long after a password login the session counts as fresh (the app recovers right after it). */
export const FRESH_LOGIN_MS = 10 * 60_000;

type Session = Pick<DeviceSessionsTable, 'user_id' | 'client_id' | 'created_at' | 'token_issued_at' | 'previous_token_hash'>;

/** A session opened by a password login moments ago, still on the token that login gave. */
export function isFreshLogin(session: Session, now: Date): boolean {
  const age = now.getTime() - Date.parse(session.created_at);
  return session.previous_token_hash === null && session.token_issued_at === session.created_at && age >= 0 && age <= FRESH_LOGIN_MS;
}

export type EscrowCreated = { ok: true; escrowKey: Buffer } | { ok: false; reason: 'exists' | 'no-client-id' };

/**
 * A new escrow key for the session's user and device. One that exists is never handed out
 * here (a stolen token would get it) nor replaced (that would break the device's recovery).
 */
export async function createEscrow(db: Db, server: EscrowServerKey, session: Session, now: Date): Promise<EscrowCreated> {
  if (session.client_id === null) return { ok: false, reason: 'no-client-id' };
  const escrowKey = randomBytes(32);
  const result = await db
    .insertInto('escrow_keys')
    .values({
      user_id: session.user_id,
      client_id: session.client_id,
      wrapped_key: wrapEscrowKey(server, escrowKey, session.user_id, session.client_id),
      created_at: now.toISOString(),
      released_at: null,
    })
    .onConflict((oc) => oc.columns(['user_id', 'client_id']).doNothing())
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) {
    escrowKey.fill(0);
    return { ok: false, reason: 'exists' };
  }
  return { ok: true, escrowKey };
}

export type EscrowReleased = { ok: true; escrowKey: Buffer } | { ok: false; reason: 'not-fresh' | 'none' };

/** The escrow key of the session's user and device, for a fresh login only. */
export async function releaseEscrow(db: Db, server: EscrowServerKey, session: Session, now: Date): Promise<EscrowReleased> {
  if (!isFreshLogin(session, now)) return { ok: false, reason: 'not-fresh' };
  if (session.client_id === null) return { ok: false, reason: 'none' };
  const row = await db
    .selectFrom('escrow_keys')
    .select('wrapped_key')
    .where('user_id', '=', session.user_id)
    .where('client_id', '=', session.client_id)
    .executeTakeFirst();
  if (!row) return { ok: false, reason: 'none' };
  const escrowKey = unwrapEscrowKey(server, row.wrapped_key, session.user_id, session.client_id);
  await db
    .updateTable('escrow_keys')
    .set({ released_at: now.toISOString() })
    .where('user_id', '=', session.user_id)
    .where('client_id', '=', session.client_id)
    .execute();
  return { ok: true, escrowKey };
}

export async function deleteDeviceEscrow(db: Db, userId: string, clientId: string): Promise<void> {
  await db.deleteFrom('escrow_keys').where('user_id', '=', userId).where('client_id', '=', clientId).execute();
}

export async function deleteUserEscrows(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('escrow_keys').where('user_id', '=', userId).execute();
}
