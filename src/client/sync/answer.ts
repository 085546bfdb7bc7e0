import * as z from 'zod/mini';

/**
 * The server's answer did not have the shape of the protocol (src/domain): nothing of it is
 * applied, so a broken or foreign answer can never reach the store. The message is for logs
 * (English, no contents); the person sees syncTexts.malformedAnswer.
 */
export class MalformedAnswer extends Error {
  override name = 'MalformedAnswer';
}

/** Check an answer against its protocol schema before anything uses it. */
export function readAnswer<S extends z.core.$ZodType>(schema: S, answer: unknown, what: string): z.output<S> {
  const parsed = z.safeParse(schema, answer);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues[0]?.path.join('.') || '(root)';
  throw new MalformedAnswer(`Malformed ${what} answer from the server at ${where}`);
}
