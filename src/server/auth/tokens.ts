import { createHash, randomBytes } from 'node:crypto';

/** A bearer token: 32 random bytes. Only its SHA-256 is stored, so a database leak reveals no sessions. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What a token from a client must look like before it is worth a database lookup. */
export const tokenPattern = /^[A-Za-z0-9_-]{20,200}$/;
