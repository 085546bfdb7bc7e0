import { scoreField, valueField, type FieldSpec } from './fields';
import { calendarDaySchema } from './plan-fields';

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
