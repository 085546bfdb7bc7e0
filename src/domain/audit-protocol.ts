/**
 * The audit trail over the wire (NEN 7513). Two directions:
 *   POST /api/audit/device  (Bearer) DeviceAuditRequest → DeviceAuditResponse: the reads a device
 *        did (also offline), ids and action only, never contents. Who and which device come from
 *        the session, never from the body.
 *   POST /api/audit/trail   (Bearer, teamleider or beheerder of that team) AuditTrailQuery →
 *        AuditTrailResponse: the team's trail, newest first. A POST, so no id is ever in a URL
 *        (nor in a request log).
 */
import * as z from 'zod/mini';
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
    householdId: z.nullable(uuidSchema),
    /** What was opened: the household itself, a contact moment, its map or its plan. */
    table: z.nullable(tableNameSchema),
    recordId: z.nullable(recordIdSchema),
    /** When it happened on the device (UTC). */
    occurredAt: isoUtc,
  })
  // A search names no household and never what was typed; every other read names its household.
  .check(
    z.refine((e) => (e.action === 'search' ? e.householdId === null && e.recordId === null : e.householdId !== null), {
      message: 'Een zoekopdracht noemt geen huishouden; elke andere regel wel.',
      path: ['householdId'],
    }),
  );
export type DeviceAuditEntry = z.infer<typeof deviceAuditEntrySchema>;

export const deviceAuditRequestSchema = z.strictObject({
  protocolVersion: z.number().check(z.int()),
  entries: z.array(deviceAuditEntrySchema).check(z.minLength(1), z.maxLength(MAX_DEVICE_AUDIT_BATCH)),
});
export type DeviceAuditRequest = z.infer<typeof deviceAuditRequestSchema>;

// The refusal codes live with the answer (audit-answers.ts).
export { deviceAuditRefusals, type DeviceAuditRefusal } from './audit-answers';

export const auditTrailQuerySchema = z
  .strictObject({
    protocolVersion: z.number().check(z.int()),
    teamId: uuidSchema,
    householdId: z.optional(uuidSchema),
    userId: z.optional(uuidSchema),
    from: z.optional(isoUtc),
    to: z.optional(isoUtc),
    limit: z._default(z.number().check(z.int(), z.gte(1), z.lte(1000)), 200),
  })
  .check(z.refine((q) => !(q.from && q.to) || q.from <= q.to, { message: 'De begindatum ligt na de einddatum.', path: ['from'] }));
export type AuditTrailQuery = z.input<typeof auditTrailQuerySchema>;

/**
 * GET /api/teams/:teamId/break-glass?from=&to= (Bearer, teamleider or beheerder of that team):
 * the households opened with a reason (break the glass), newest first, in the period (UTC).
 */
export const breakGlassQuerySchema = z
  .strictObject({ from: z.optional(isoUtc), to: z.optional(isoUtc) })
  .check(z.refine((q) => !(q.from && q.to) || q.from <= q.to, { message: 'De begindatum ligt na de einddatum.', path: ['from'] }));
export type BreakGlassQuery = z.infer<typeof breakGlassQuerySchema>;

// The answers and their types: audit-answers.ts (zod/mini, checked by the client).
export type { DeviceAuditResponse, AuditTrailEntry, AuditTrailResponse, BreakGlassOpening, BreakGlassResponse } from './audit-answers';
