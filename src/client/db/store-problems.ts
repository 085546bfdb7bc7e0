import type { FieldError } from '../../domain';

/**
 * Why the device store refused a write, as a code. The store speaks no language: the screens
 * say it in Dutch (ui/store-problem-texts.ts), as they do for the server's rejection codes, so
 * a second language needs no change here. The domain's own rules (validation, the monitor rule)
 * keep their Dutch messages: those are named in the schema, where the rule is.
 */
export const storeProblems = ['record-gone', 'record-deleted', 'household-gone', 'conflict-resolved'] as const;
export type StoreProblem = (typeof storeProblems)[number];

/** A write the store refused; `field` is '' when the whole record is meant. */
export interface StoreError {
  readonly field: string;
  readonly code: StoreProblem;
}

/** Why a write failed: a rule of the domain (a Dutch message) or a refusal of the store (a code). */
export type WriteError = FieldError | StoreError;

export type Failure = { ok: false; errors: WriteError[] };

/** A failure of the whole record, for a code of the store. */
export const storeFailure = (code: StoreProblem): Failure => ({ ok: false, errors: [{ field: '', code }] });
