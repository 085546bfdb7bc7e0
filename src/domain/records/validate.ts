import type { FieldSpec } from './fields';
import { prefixedId } from './prefixed';
import { tableSpec, type TableName } from './tables';

export type FieldValue = string | number | boolean | null;
export type Fields = Record<string, FieldValue>;

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type Validation = { readonly ok: true; readonly fields: Fields } | { readonly ok: false; readonly errors: FieldError[] };

/** The spec of a field of a table, or undefined when the table has no such field. */
export function fieldSpec(table: TableName, field: string): FieldSpec | undefined {
  const spec = tableSpec(table);
  if (Object.hasOwn(spec.fields, field)) return spec.fields[field];
  for (const [prefix, prefixed] of Object.entries(spec.prefixed)) {
    if (prefixedId(prefix, field) !== undefined) return prefixed;
  }
  return undefined;
}

export const MAX_FIELDS_PER_CHANGE = 400;

/**
 * Validate the fields of a change. Used by repositories before they write and by the server
 * before it applies a push: the same rules on both sides, so a device cannot store what the
 * server would refuse. Returns the parsed values (trimmed where the schema trims).
 */
export function validateFields(table: TableName, changed: Record<string, unknown>, creating: boolean): Validation {
  const errors: FieldError[] = [];
  const fields: Fields = {};
  const entries = Object.entries(changed);
  if (entries.length > MAX_FIELDS_PER_CHANGE) {
    return { ok: false, errors: [{ field: '', message: 'Te veel velden in één wijziging.' }] };
  }
  for (const [name, value] of entries) {
    const spec = fieldSpec(table, name);
    if (!spec) {
      errors.push({ field: name, message: `Onbekend veld "${name}".` });
      continue;
    }
    const parsed = spec.schema.safeParse(value);
    if (parsed.success) fields[name] = parsed.data as FieldValue;
    else errors.push({ field: name, message: parsed.error.issues[0]?.message ?? 'Ongeldige waarde.' });
  }
  if (creating) {
    for (const name of tableSpec(table).required) {
      if (!(name in changed)) errors.push({ field: name, message: `Verplicht veld "${name}" ontbreekt.` });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, fields };
}

export function isTextField(table: TableName, field: string): boolean {
  return fieldSpec(table, field)?.kind === 'text';
}
