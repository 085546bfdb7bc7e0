import * as z from 'zod/mini';
import { uuidSchema } from '../../domain/ids';
import { MAX_PUSH_BATCH, SCHEMA_VERSION, mutationSchema, type Mutation } from '../../domain/sync-protocol';
import type { AppContext } from './context';
import { invalidRequest, type Parsed } from './read-body';

/** A mutation this server can read, or only the id of one made by a newer app version. */
export type PushItem = { mutation: Mutation } | { tooNew: string };

const envelopeSchema = z.object({
  protocolVersion: z.number().check(z.int()),
  mutations: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_PUSH_BATCH)),
});

const tooNewSchema = z.object({ mutationId: uuidSchema, schemaVersion: z.number().check(z.int(), z.gt(SCHEMA_VERSION)) });

/**
 * A push body. A mutation from a newer schema (perhaps for a table this server does not know)
 * is set aside to be answered 'schema-too-new' on its own; any other malformed mutation makes
 * the whole request a 400, so nothing of a bad batch is written.
 */
export function parsePushBody(c: AppContext, body: unknown): Parsed<PushItem[]> {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return { ok: false, response: invalidRequest(c, envelope.error.issues) };
  const items: PushItem[] = [];
  for (const [index, raw] of envelope.data.mutations.entries()) {
    const tooNew = tooNewSchema.safeParse(raw);
    if (tooNew.success) {
      items.push({ tooNew: tooNew.data.mutationId });
      continue;
    }
    const parsed = mutationSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, response: invalidRequest(c, parsed.error.issues, ['mutations', index]) };
    items.push({ mutation: parsed.data });
  }
  return { ok: true, value: items };
}
