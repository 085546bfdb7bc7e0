import { defineTable, type TableRecord } from './define-table';
import { prefixedName } from './prefixed';
import { contentVersionField, booleanField, contentIdSchema, scoreField, textField, valueField, type FieldSpec } from './fields';

/**
 * One subdomain of a household's leefgebiedenkaart. The id is `<householdId>.<subdomainId>`,
 * so two devices that start the same subdomain offline write to one record and merge per field.
 * The four text fields are the four questions that hold for every subdomain ("bij alle vragen").
 */
export const mapEntryFields = {
  subdomainId: valueField(contentIdSchema),
  contentVersion: contentVersionField(),
  experience: textField(),
  situation: textField(),
  problemsAndPossibilities: textField(),
  causes: textField(),
  scoreResident: scoreField(),
  scoreWorker: scoreField(),
  /** What goes well, in the resident's own words (typed in the bewonersweergave). */
  residentGoesWell: textField(),
} satisfies Record<string, FieldSpec>;

/** Dynamic fields: `topic.<topicId>` is true when that topic was touched on. */
export const mapEntryPrefixedFields = {
  'topic.': booleanField(),
} satisfies Record<string, FieldSpec>;

export const mapEntryId = (householdId: string, subdomainId: string) => `${householdId}.${subdomainId}`;
export const mapEntriesTable = defineTable({
  fields: mapEntryFields,
  prefixed: mapEntryPrefixedFields,
  required: ['subdomainId'],
  inHousehold: true,
});
export type MapEntry = TableRecord<typeof mapEntriesTable>;

export const topicField = (topicId: string) => prefixedName('topic.', topicId);

export const mapTextFields = ['experience', 'situation', 'problemsAndPossibilities', 'causes'] as const;
export type MapTextField = (typeof mapTextFields)[number];
