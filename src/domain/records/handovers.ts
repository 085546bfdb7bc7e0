import * as z from 'zod/mini';
import { booleanField, isoDateTimeField, requiredTextField, textField, valueField, type FieldSpec } from './fields';
import { recordRefSchema } from './plan-fields';
import { defineTable, type TableRecord } from './define-table';

/**
 * Who is the household's regisseur, as a chain of rows: each handover (overdracht) names the
 * new regisseur and the handover it follows, as its writer saw it. Rows never collide, so two
 * workers who hand over offline at the same time both keep theirs; the rule in
 * rules/regisseur.ts picks one and shows the other (one regisseur at a time, nothing lost).
 */
export const handoverFields = {
  toName: requiredTextField(120, 'Vul in wie de regisseur wordt.'),
  toOrganisation: textField(200),
  byName: textField(120),
  note: textField(2_000),
  at: isoDateTimeField(),
  previousId: valueField(z.nullable(recordRefSchema)),
  /** A worker saw this handover lose to one made at the same time, and settled it. */
  settled: booleanField(),
} satisfies Record<string, FieldSpec>;

export const handoversTable = defineTable({ fields: handoverFields, required: ['toName', 'at'], inHousehold: true });
export type Handover = TableRecord<typeof handoversTable>;

export const handoverToNameSchema = handoverFields.toName.schema;
