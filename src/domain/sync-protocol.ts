/**
 * The wire format between a device and the server. The server imports only this file and the
 * rest of src/domain. Every request carries `protocolVersion`; a device with another version
 * gets 426 "werk de app bij" and keeps its outbox.
 */
import * as z from 'zod/mini';
import { hlcNode, hlcSchema, type Hlc } from './hlc';
import { recordIdSchema, uuidSchema } from './ids';
import { tableNameSchema, type TableName } from './records/tables';
import type { Fields } from './records/validate';

export const PROTOCOL_VERSION = 1;
/** Version of the record schemas (tables and fields). Bumped with every added migration or table (2: plan, network, handovers, map moments; 3: legal bases, sharing agreements, break the glass, closedOn). */
export const SCHEMA_VERSION = 3;

export const MAX_PUSH_BATCH = 200;
export const MAX_PULL_PAGE = 1000;
export const DEFAULT_PULL_PAGE = 500;
/** Request bodies larger than this are refused with 413 before parsing. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

const fieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const mutationSchema = z
  .object({
    mutationId: uuidSchema,
    clientId: uuidSchema,
    clientSeq: z.number().check(z.int(), z.nonnegative()),
    table: tableNameSchema,
    recordId: recordIdSchema,
    teamId: uuidSchema,
    householdId: z.nullable(uuidSchema),
    op: z.enum(['put', 'delete']),
    /** The fields this write changed, with their new values. Validated per table on the server. */
    changedFields: z.record(z.string().check(z.maxLength(100)), fieldValueSchema),
    hlc: hlcSchema,
    /** The server revision of the record this device had seen when it made the change (0 = none). */
    baseRev: z.number().check(z.int(), z.nonnegative()),
    schemaVersion: z.number().check(z.int(), z.positive()),
  })
  // The merge rules tell devices apart by the node in the stamp: it must be the sender's id.
  .check(z.refine((m) => hlcNode(m.hlc) === m.clientId, { message: 'Klokstempel hoort niet bij dit apparaat.', path: ['hlc'] }));
export type Mutation = z.infer<typeof mutationSchema>;

/** A record as it is synced: fields with a stamp each, and the server revision. */
export interface SyncRecord {
  table: TableName;
  id: string;
  teamId: string;
  householdId: string | null;
  fields: Fields;
  stamps: Record<string, Hlc>;
  deleted: boolean;
  /** Server sequence number of the last change to this record; 0 = not yet on the server. */
  rev: number;
}

export const syncRecordSchema = z.object({
  table: tableNameSchema,
  id: recordIdSchema,
  teamId: uuidSchema,
  householdId: z.nullable(uuidSchema),
  fields: z.record(z.string(), fieldValueSchema),
  stamps: z.record(z.string(), hlcSchema),
  deleted: z.boolean(),
  rev: z.number().check(z.int(), z.nonnegative()),
}) satisfies z.ZodMiniType<SyncRecord>;

export const pushRequestSchema = z.object({
  protocolVersion: z.number().check(z.int()),
  mutations: z.array(mutationSchema).check(z.minLength(1), z.maxLength(MAX_PUSH_BATCH)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const rejectionCodes = [
  'invalid',
  'forbidden',
  'schema-too-new',
  'household-mismatch',
  /** The mutation's clientId is not the clock node bound to the pushing device session. */
  'foreign-client',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export const pushResultSchema = z.union([
  z.object({ mutationId: z.string(), status: z.enum(['applied', 'duplicate']), record: syncRecordSchema }),
  z.object({ mutationId: z.string(), status: z.literal('rejected'), code: z.enum(rejectionCodes), message: z.string() }),
]);
export type PushResult = z.infer<typeof pushResultSchema>;

/** The server's answer to a push; the device checks it before it touches its store. */
export const pushResponseSchema = z.object({ results: z.array(pushResultSchema) });
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.object({
  protocolVersion: z.number().check(z.int()),
  teamId: uuidSchema,
  /** The last server sequence this device applied for the team; 0 for everything. */
  cursor: z.number().check(z.int(), z.nonnegative()),
  limit: z._default(z.number().check(z.int(), z.gte(1), z.lte(MAX_PULL_PAGE)), DEFAULT_PULL_PAGE),
});
export type PullRequest = z.input<typeof pullRequestSchema>;

/** The server's answer to a pull; the device checks it before it touches its store. */
export const pullResponseSchema = z.object({
  records: z.array(syncRecordSchema),
  cursor: z.number().check(z.int(), z.nonnegative()),
  hasMore: z.boolean(),
  /**
   * How many of the team's records come after this page, for the device to show how far a long
   * first pull is. Optional: an older server leaves it out, and the device then shows no count.
   */
  remaining: z.optional(z.number().check(z.int(), z.nonnegative())),
  /**
   * Households this device must drop entirely (records, unsent changes, summary and tombstone):
   * a partner organisation's user whose sharing agreement was withdrawn or expired, or whose
   * household was erased. Only sent to partners' devices (see docs/design/sharing.md).
   */
  purge: z.optional(z.array(z.string())),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** Error bodies of the API: a stable code for the client, a Dutch message for people. */
export interface ApiError {
  error: string;
  message: string;
  details?: unknown;
}
