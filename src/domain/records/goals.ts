import * as z from 'zod/mini';
import { booleanField, enumField, requiredTextField, valueField, type FieldSpec } from './fields';
import { calendarDaySchema, recordRefSchema } from './plan-fields';
import { defineTable, type TableRecord } from './define-table';
import { prefixedName } from './prefixed';

/**
 * Reached, let go, or changed. A changed goal is not rewritten: it gets status `veranderd` and
 * a new goal names it in `replacesId`, so the plan keeps its history as rows.
 */
export const goalStatuses = ['actief', 'bereikt', 'losgelaten', 'veranderd'] as const;
export type GoalStatus = (typeof goalStatuses)[number];

/**
 * A goal of the household's plan, in the resident's own words (a quote, not a category).
 * The subdomains of the leefgebiedenkaart it is about are `subdomain.<subdomainId>` flags.
 */
export const goalFields = {
  words: requiredTextField(600, 'Schrijf het doel op in de woorden van de bewoner.'),
  status: enumField(goalStatuses, 'Kies hoe het met dit doel staat.'),
  createdOn: valueField(calendarDaySchema),
  statusOn: valueField(z.nullable(calendarDaySchema)),
  replacesId: valueField(z.nullable(recordRefSchema)),
  /** The method's order was asked about once for this goal (see rules/support-ladder.ts). */
  nudgeAsked: booleanField(),
} satisfies Record<string, FieldSpec>;

export const goalPrefixedFields = {
  'subdomain.': booleanField(),
} satisfies Record<string, FieldSpec>;

export const goalsTable = defineTable({
  fields: goalFields,
  prefixed: goalPrefixedFields,
  required: ['words', 'status', 'createdOn'],
  inHousehold: true,
});
export type Goal = TableRecord<typeof goalsTable>;

export const goalSubdomainField = (subdomainId: string) => prefixedName('subdomain.', subdomainId);

export const goalWordsSchema = goalFields.words.schema;
