/**
 * Token rotation: a session's token is replaced at most once a day, on use. The new token goes
 * back in a response header (ROTATED_TOKEN_HEADER) and the app stores it. Requests already on
 * their way with the old token must not fail (a sync in flight, a second tab), and the answer
 * carrying the new token may be lost (the signal drops), so:
 * - the new token is derived from the old one and a stored random nonce (HMAC), so every request
 *   that still sends the old token gets the same new token back, without the server keeping it;
 * - the old token stays valid until a while after the new one is first used (PREVIOUS_GRACE_MS).
 * The database holds only hashes and the nonce, neither of which yields a token.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Db, DeviceSessionsTable } from '../store/schema';
import { hashToken } from './tokens';

export const ROTATE_AFTER_MS = 86_400_000;
/** How long the old token still works once the new one has been used. */
export const PREVIOUS_GRACE_MS = 30 * 60_000;

const derive = (token: string, nonce: string) => createHmac('sha256', token).update(nonce).digest('base64url');

/**
 * Called for every authenticated request with the token it carried. Returns the token the
 * device should use from now on, when that is another one.
 */
export async function rotateOnUse(db: Db, session: DeviceSessionsTable, token: string, current: boolean, now: Date): Promise<string | undefined> {
  if (!current) return session.rotation_nonce ? derive(token, session.rotation_nonce) : undefined;
  if (session.previous_token_hash !== null && session.previous_valid_until === null) {
    // The new token arrived: the old one keeps working a little longer, for requests in flight.
    await db
      .updateTable('device_sessions')
      .set({ previous_valid_until: new Date(now.getTime() + PREVIOUS_GRACE_MS).toISOString() })
      .where('id', '=', session.id)
      .where('token_hash', '=', session.token_hash)
      .execute();
    return undefined;
  }
  const issuedAt = Date.parse(session.token_issued_at ?? session.created_at);
  if (now.getTime() - issuedAt < ROTATE_AFTER_MS) return undefined;
  const nonce = randomBytes(16).toString('base64url');
  const next = derive(token, nonce);
  const result = await db
    .updateTable('device_sessions')
    .set({
      token_hash: hashToken(next),
      previous_token_hash: session.token_hash,
      previous_valid_until: null,
      rotation_nonce: nonce,
      token_issued_at: now.toISOString(),
    })
    // Only from the token this request saw: a request racing this one rotates once, not twice.
    .where('id', '=', session.id)
    .where('token_hash', '=', session.token_hash)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return next;
  const raced = await db.selectFrom('device_sessions').select('rotation_nonce').where('id', '=', session.id).executeTakeFirst();
  return raced?.rotation_nonce ? derive(token, raced.rotation_nonce) : undefined;
}
