import type * as z from 'zod/mini';
import { PROTOCOL_VERSION } from '../../domain/sync-protocol';
import { messages } from '../messages';
import { apiError, type AppContext } from './context';

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

const MAX_REPORTED_ISSUES = 20;

/**
 * The JSON body of a request: 415 when it is not sent as JSON, 400 when it is not JSON, 426 when it speaks another protocol
 * version (checked before the schema, because another version may have another shape).
 * The size limit (413) is enforced before this by the body-limit middleware.
 */
export async function readJson(c: AppContext, versioned: boolean): Promise<Parsed<unknown>> {
  // A body of another type is not parsed as JSON on a guess (a form post, say, from another page).
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
    return { ok: false, response: apiError(c, 415, 'unsupported-media-type', messages.notJson) };
  }
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { ok: false, response: apiError(c, 400, 'invalid-json', messages.invalidJson) };
  }
  const version = (value as { protocolVersion?: unknown } | null)?.protocolVersion;
  if (versioned && typeof version === 'number' && version !== PROTOCOL_VERSION) {
    const message = version < PROTOCOL_VERSION ? messages.updateRequired : messages.serverOutdated;
    return { ok: false, response: apiError(c, 426, 'update-required', message, { protocolVersion: PROTOCOL_VERSION }) };
  }
  return { ok: true, value };
}

export function invalidRequest(c: AppContext, issues: readonly z.core.$ZodIssue[], pathPrefix: PropertyKey[] = []): Response {
  const details = issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => ({
    path: [...pathPrefix, ...issue.path].map(String).join('.'),
    message: issue.message,
  }));
  return apiError(c, 400, 'invalid', messages.invalidRequest, details);
}

/** `json`: the body when the route already read it with readJson. */
export async function readBody<S extends z.ZodMiniType>(
  c: AppContext,
  schema: S,
  { versioned }: { versioned: boolean },
  json?: unknown,
): Promise<Parsed<z.output<S>>> {
  const read = json === undefined ? await readJson(c, versioned) : { ok: true as const, value: json };
  if (!read.ok) return read;
  const parsed = schema.safeParse(read.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, response: invalidRequest(c, parsed.error.issues) };
}
