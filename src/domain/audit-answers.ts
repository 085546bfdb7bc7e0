/** What the server answers on the audit routes (audit-protocol.ts), checked by the client; the types come from here. */
import * as z from 'zod/mini';
import { answerCount, answerId, answerText } from './answer-fields';

export const deviceAuditRefusals = ['not-in-team', 'unknown-household', 'in-future', 'too-old'] as const;
export type DeviceAuditRefusal = (typeof deviceAuditRefusals)[number];

export const deviceAuditResponseSchema = z.object({
  /** Every entry is settled: recorded now, recorded before (a replay), or refused for good. */
  recorded: answerCount,
  duplicate: answerCount,
  refused: z.array(z.object({ entryId: answerId, code: z.enum(deviceAuditRefusals) })),
});
export type DeviceAuditResponse = z.infer<typeof deviceAuditResponseSchema>;

const maybe = (max: number) => z.nullable(answerText(max));

export const auditTrailEntrySchema = z.object({
  id: answerId,
  occurredAt: answerText(50),
  recordedAt: answerText(50),
  userId: answerId,
  userName: maybe(200),
  role: maybe(50),
  deviceSessionId: z.nullable(answerId),
  householdId: z.nullable(answerId),
  action: answerText(50),
  table: maybe(100),
  recordId: z.nullable(answerId),
  outcome: answerText(50),
  reason: maybe(20_000),
  source: answerText(50),
});
export type AuditTrailEntry = z.infer<typeof auditTrailEntrySchema>;

export const auditTrailResponseSchema = z.object({
  entries: z.array(auditTrailEntrySchema),
  /** More entries match than were sent: narrow the period. */
  truncated: z.boolean(),
});
export type AuditTrailResponse = z.infer<typeof auditTrailResponseSchema>;

export const breakGlassOpeningSchema = z.object({
  householdId: answerId,
  /** When the reason was given, on the device (with its offset). */
  at: answerText(50),
  reason: answerText(20_000),
  /** Who pushed it, as the server knows them (never the name the device wrote). */
  user: answerText(200),
});
export type BreakGlassOpening = z.infer<typeof breakGlassOpeningSchema>;

export const breakGlassResponseSchema = z.object({ entries: z.array(breakGlassOpeningSchema) });
export type BreakGlassResponse = z.infer<typeof breakGlassResponseSchema>;
