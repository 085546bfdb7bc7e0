import { scoreField, valueField, type FieldSpec } from './fields';
import { calendarDaySchema } from './plan-fields';
import { defineTable, type TableRecord } from './define-table';
import { prefixedName } from './prefixed';

/**
 * A moment of the leefgebiedenkaart: the scores of every subdomain as they stood on one day
 * (a map is a moment). The live map (map entries) goes on from the previous answers; a moment is
 * written once, so progress over time can be shown. `resident.<subdomainId>` and
 * `worker.<subdomainId>` hold the two scores.
 */
export const mapMomentFields = {
  takenOn: valueField(calendarDaySchema),
} satisfies Record<string, FieldSpec>;

export const mapMomentPrefixedFields = {
  'resident.': scoreField(),
  'worker.': scoreField(),
} satisfies Record<string, FieldSpec>;

export const mapMomentsTable = defineTable({
  fields: mapMomentFields,
  prefixed: mapMomentPrefixedFields,
  required: ['takenOn'],
  inHousehold: true,
});
export type MapMoment = TableRecord<typeof mapMomentsTable>;

export const residentScoreField = (subdomainId: string) => prefixedName('resident.', subdomainId);
export const workerScoreField = (subdomainId: string) => prefixedName('worker.', subdomainId);
