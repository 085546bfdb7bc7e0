import * as z from 'zod/mini';
import { enumField, isoDateField, requiredTextField, textField, type FieldSpec } from './fields';
import { defineTable, type TableRecord } from './define-table';

export const consentValues = ['onbekend', 'gegeven', 'geweigerd', 'ingetrokken'] as const;
export type Consent = (typeof consentValues)[number];

/**
 * A household ("huishouden"). `label` is how workers know it — street and number, not a
 * name where that can be avoided. All of these are personal data: never put them in an index.
 */
export const householdFields = {
  label: requiredTextField(120, 'Geef het huishouden een korte naam, bijvoorbeeld straat en huisnummer.'),
  members: textField(2_000),
  reportedBy: textField(500),
  reportReason: textField(),
  consent: enumField(consentValues, 'Kies of er toestemming is.'),
  /** The day the team closed the household (afgesloten); retention counts from here (server/sharing/retention.ts). */
  closedOn: isoDateField(),
} satisfies Record<string, FieldSpec>;

export const householdsTable = defineTable({ fields: householdFields, required: ['label'], inHousehold: false });
export type Household = TableRecord<typeof householdsTable>;

export const householdFormSchema = z.object({
  label: householdFields.label.schema,
  members: householdFields.members.schema,
  reportedBy: householdFields.reportedBy.schema,
  reportReason: householdFields.reportReason.schema,
});
export type HouseholdForm = z.infer<typeof householdFormSchema>;
