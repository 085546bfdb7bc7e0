import type { FieldSpecs, RecordOf } from './fields';
import type { Fields } from './validate';

/**
 * One synced table: its fields (each with its merge kind and schema), its prefixed field
 * families, what a new record must have, and whether it belongs to a household. This is the
 * one definition the validation (validate.ts), the merge (field kinds), the sync and the
 * record types (TableRecord) derive from; adding a table is one of these plus its entry in
 * tables.ts.
 */
export interface TableSpec<F extends FieldSpecs = FieldSpecs, P extends FieldSpecs = FieldSpecs> {
  readonly fields: F;
  /** Field families named `<prefix><contentId>`, e.g. `answer.first-question` (see prefixed.ts). */
  readonly prefixed: P;
  /** Fields a record must have when it is created (defineTable checks they are fields of F). */
  readonly required: readonly string[];
  /** Whether records of this table belong to a household (and need a householdId). */
  readonly inHousehold: boolean;
}

/** Keeps the exact field types of a table (a plain annotation would widen them to FieldSpec). */
export const defineTable = <F extends FieldSpecs, P extends FieldSpecs = Record<never, never>>(spec: {
  fields: F;
  prefixed?: P;
  required: readonly (keyof F & string)[];
  inHousehold: boolean;
}): TableSpec<F, P> => ({ ...spec, prefixed: spec.prefixed ?? ({} as P) });

/** The fields of a record of a table, typed (every field may be missing: see RecordOf). */
export type TableRecord<T extends TableSpec> = RecordOf<T['fields']>;

/**
 * The stored fields of a record, typed by its table. Not parsed again: every stored value passed
 * validateFields when it was written (the repositories on the device, the server on push).
 */
export const recordFields = <T extends TableSpec>(_table: T, fields: Fields): TableRecord<T> => fields as TableRecord<T>;
