/**
 * Small pieces the answer schemas (auth-answers.ts, device-admin-answers.ts, audit-answers.ts)
 * share. In zod/mini, so the client's checks stay small. Ids are opaque to the client: it only
 * needs a bounded, non-empty text, so a server that changes its id format keeps working.
 */
import * as z from 'zod/mini';

export const answerId = z.string().check(z.minLength(1), z.maxLength(200));
export const answerText = (max: number) => z.string().check(z.maxLength(max));
export const answerCount = z.number().check(z.int(), z.nonnegative());
