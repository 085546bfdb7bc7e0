/**
 * Recovery by escrow (issue 9) over the wire. The device keeps its data key wrapped by an escrow
 * key; the server keeps the escrow key for that user and device (clientId of the session).
 *
 *   POST /api/escrow          (Bearer) EscrowRequest → 201 EscrowKeyResponse: a new escrow key;
 *                             409 'escrow-exists' when this device already has one (never
 *                             handed out nor replaced here)
 *   POST /api/escrow/release  (Bearer) EscrowRequest → 200 EscrowKeyResponse, only for a session
 *                             opened by a password login moments ago (403 'fresh-login-required')
 *                             and when the device has one (404 'no-escrow')
 * A revoked device's or disabled user's escrow keys are deleted: nothing can recover them.
 */
import * as z from 'zod/mini';

export const escrowRequestSchema = z.strictObject({ protocolVersion: z.number().check(z.int()) });
export type EscrowRequest = z.input<typeof escrowRequestSchema>;

/** 32 bytes, base64url without padding. */
export const escrowKeyTextSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'Geen geldige sleutel.'));

export const escrowKeyResponseSchema = z.object({ escrowKey: escrowKeyTextSchema });
export type EscrowKeyResponse = z.infer<typeof escrowKeyResponseSchema>;
