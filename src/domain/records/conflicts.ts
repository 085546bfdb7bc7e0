import * as z from 'zod/mini';
import { booleanField, textField, valueField, type FieldSpec } from './fields';
import { hlcSchema } from '../hlc';
import { recordIdSchema } from '../ids';
import { defineTable, type TableRecord } from './define-table';

/**
 * "Twee versies": the text that lost a concurrent edit of a free-text field. Made by the server
 * when it applies the later of two concurrent pushes; synced to the team like any record and
 * shown next to the field until a person merges the texts and marks it resolved.
 */
export const conflictFields = {
  table: valueField(z.string({ error: 'Ongeldige tabel.' }).check(z.minLength(1), z.maxLength(40))),
  recordId: valueField(recordIdSchema),
  field: valueField(z.string({ error: 'Ongeldig veld.' }).check(z.minLength(1), z.maxLength(100))),
  text: textField(),
  /** Stamp of the write that lost, so the UI can say when and by which device. */
  losingHlc: valueField(hlcSchema),
  resolved: booleanField(),
} satisfies Record<string, FieldSpec>;

export const conflictsTable = defineTable({
  fields: conflictFields,
  required: ['table', 'recordId', 'field', 'text', 'losingHlc'],
  inHousehold: true,
});
export type Conflict = TableRecord<typeof conflictsTable>;
