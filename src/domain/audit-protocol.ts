/**
 * The audit trail over the wire (NEN 7513). Two directions:
 *   POST /api/audit/device  (Bearer) DeviceAuditRequest → DeviceAuditResponse: the reads a device
 *        did (also offline), ids and action only, never contents. Who and which device come from
 *        the session, never from the body.
 *   POST /api/audit/trail   (Bearer, teamleider or beheerder of that team) AuditTrailQuery →
 *        AuditTrailResponse: the team's trail, newest first. A POST, so no id is ever in a URL
 *        (nor in a request log).
 */
import { z } from 'zod';
import { recordIdSchema, uuidSchema } from './ids';
import { tableNameSchema } from './records/tables';

export const auditActions = ['create', 'read', 'update', 'delete', 'export', 'print', 'search', 'erase', 'retention'] as const;
export type AuditAction = (typeof auditActions)[number];

/** What a device reports: what it showed. Writes it never reports, the server sees those itself. */
export const deviceAuditActions = ['read', 'print', 'search'] as const;

/** At most this many entries per request; a device sends more in several. */
export const MAX_DEVICE_AUDIT_BATCH = 500;
/** A device entry older than this is refused (a worker's device is not offline for a year). */
export const MAX_DEVICE_AUDIT_AGE_DAYS = 90;

const isoUtc = z.iso.datetime({ offset: false, error: 'Geen geldige tijd (UTC).' });

export const deviceAuditEntrySchema = z
  .strictObject({
    /** The device's own id for the entry (UUIDv7), so a replayed outbox is recognised. */
    entryId: uuidSchema,
    action: z.enum(deviceAuditActions),
    teamId: uuidSchema,
    /** Null only for a search: it looked through the team's list, not into one household. */
    householdId: uuidSchema.nullable(),
    /** What was opened: the household itself, a contact moment, its map or its plan. */
    table: tableNameSchema.nullable(),
    recordId: recordIdSchema.nullable(),
    /** When it happened on the device (UTC). */
    occurredAt: isoUtc,
  })
  // A search names no household and never what was typed; every other read names its household.
  .refine((e) => (e.action === 'search' ? e.householdId === null && e.recordId === null : e.householdId !== null), {
    message: 'Een zoekopdracht noemt geen huishouden; elke andere regel wel.',
    path: ['householdId'],
  });
export type DeviceAuditEntry = z.infer<typeof deviceAuditEntrySchema>;

export const deviceAuditRequestSchema = z.strictObject({
  protocolVersion: z.number().int(),
  entries: z.array(deviceAuditEntrySchema).min(1).max(MAX_DEVICE_AUDIT_BATCH),
});
export type DeviceAuditRequest = z.infer<typeof deviceAuditRequestSchema>;

// The refusal codes live with the answer (audit-answers.ts).
export { deviceAuditRefusals, type DeviceAuditRefusal } from './audit-answers';

export const auditTrailQuerySchema = z
  .strictObject({
    protocolVersion: z.number().int(),
    teamId: uuidSchema,
    householdId: uuidSchema.optional(),
    userId: uuidSchema.optional(),
    from: isoUtc.optional(),
    to: isoUtc.optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: 'De begindatum ligt na de einddatum.', path: ['from'] });
export type AuditTrailQuery = z.input<typeof auditTrailQuerySchema>;

/**
 * GET /api/teams/:teamId/break-glass?from=&to= (Bearer, teamleider or beheerder of that team):
 * the households opened with a reason (break the glass), newest first, in the period (UTC).
 */
export const breakGlassQuerySchema = z
  .strictObject({ from: isoUtc.optional(), to: isoUtc.optional() })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { message: 'De begindatum ligt na de einddatum.', path: ['from'] });
export type BreakGlassQuery = z.infer<typeof breakGlassQuerySchema>;

// The answers and their types: audit-answers.ts (zod/mini, checked by the client).
export type { DeviceAuditResponse, AuditTrailEntry, AuditTrailResponse, BreakGlassOpening, BreakGlassResponse } from './audit-answers';
