/**
 * Accounts, teams and device sessions as seen over the wire. Shared by the server (which
 * validates every body with these schemas) and the PWA's login screen.
 *
 * Endpoints (all JSON, under /api):
 *   GET  /api/health                 → { ok: true, protocolVersion, schemaVersion }
 *   GET  /api/setup                  → { needsSetup: boolean }
 *   POST /api/setup                  SetupRequest → LoginResponse (first team + its beheerder;
 *                                     only with the one-time token printed on the console)
 *   POST /api/auth/login             LoginRequest → LoginResponse (creates a device session)
 *   POST /api/auth/logout            (Bearer) → 204, ends this device session
 *   POST /api/auth/logout-ticket     LogoutTicketRequest → 204, ends the session of that ticket
 *                                     (the same answer for an unknown one; limited per address)
 *   GET  /api/me                     (Bearer) → MeResponse
 *   POST /api/sync/push              (Bearer) PushRequest → PushResponse
 *   POST /api/sync/pull              (Bearer) PullRequest → PullResponse
 *   POST /api/audit/device           (Bearer) DeviceAuditRequest → DeviceAuditResponse (audit-protocol.ts)
 *   POST /api/audit/trail            (Bearer, teamleider/beheerder) AuditTrailQuery → AuditTrailResponse
 * Errors: ApiError bodies. 400 invalid, 401 { error: 'unauthenticated' | 'device-revoked' }
 * (a revoked device wipes its local data), 403 forbidden (not in that team) or
 * 'account-disabled', 405 wrong method (with Allow), 409 'client-id-taken' (login: this clock
 * node belongs to another user's device), 410 { error: 'resync-required' }, 413 too large,
 * 415 not JSON, 426 { error: 'update-required' }, 429 too many login attempts (Retry-After).
 * An authenticated answer may carry ROTATED_TOKEN_HEADER: the device's token from now on.
 */
import * as z from 'zod/mini';
import { uuidSchema } from './ids';

// The roles live with the answers (auth-answers.ts), so the answer schemas need nothing from here.
import { roles } from './auth-answers';
export { roles, type Role } from './auth-answers';
export const roleSchema = z.enum(roles, { error: 'Onbekende rol.' });

export const usernameSchema = z
  .string()
  .check(
    z.trim(),
    z.toLowerCase(),
    z.minLength(2, 'De gebruikersnaam is te kort.'),
    z.maxLength(64, 'De gebruikersnaam is te lang.'),
    z.regex(/^[a-z0-9._-]+$/, 'Gebruik alleen letters, cijfers, punt, streepje of liggend streepje.'),
  );

export const passwordSchema = z
  .string()
  .check(z.minLength(10, 'Het wachtwoord moet minstens 10 tekens hebben.'), z.maxLength(200, 'Het wachtwoord is te lang.'));

export const teamNameSchema = z
  .string()
  .check(z.trim(), z.minLength(2, 'Geef het team een naam van minstens 2 tekens.'), z.maxLength(100, 'De teamnaam is te lang.'));

/** The name the device session is stored under (the app sends e.g. "Chrome op Android"). */
const deviceLabelSchema = z._default(z.string().check(z.trim(), z.maxLength(100)), 'Onbekend apparaat');

/** Set on an answer when the device session's token was replaced: store it, use it from now on. */
export const ROTATED_TOKEN_HEADER = 'voordeur-token';

/** The device's clock node (the node of its HLC stamps): bound to the session it logs in with. */
const clientIdField = uuidSchema;

export const loginRequestSchema = z.object({
  protocolVersion: z.number().check(z.int()),
  username: usernameSchema,
  // At login any length is accepted up to the max: the rules apply when a password is set.
  password: z.string().check(z.minLength(1, 'Vul je wachtwoord in.'), z.maxLength(200, 'Het wachtwoord is te lang.')),
  deviceLabel: deviceLabelSchema,
  clientId: clientIdField,
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

/**
 * A phone that logged out offline sends its session's logout ticket (from the login answer) at
 * its next contact; the ticket can end that one session and do nothing else.
 */
export const logoutTicketRequestSchema = z.strictObject({
  ticket: z.string().check(z.regex(/^[A-Za-z0-9_-]{20,200}$/, 'Dit is geen geldig uitlogbewijs.')),
});
export type LogoutTicketRequest = z.infer<typeof logoutTicketRequestSchema>;

export const setupRequestSchema = z.object({
  token: z.string().check(z.minLength(16), z.maxLength(200)),
  teamName: teamNameSchema,
  username: usernameSchema,
  displayName: z.string().check(z.trim(), z.minLength(1, 'Vul je naam in.'), z.maxLength(100)),
  password: passwordSchema,
  deviceLabel: deviceLabelSchema,
  clientId: clientIdField,
});
export type SetupRequest = z.input<typeof setupRequestSchema>;

// The answers (login, setup, /api/me) and their types: auth-answers.ts (zod/mini, checked by the client).
export type { TeamMembership, UserInfo, OrganisationInfo, SharingInfo, LoginResponse, MeResponse } from './auth-answers';
