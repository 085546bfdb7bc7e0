import * as z from 'zod/mini';
import { mapEntryFields, type Fields } from '../../../domain';
import type { MapEntryView } from '../../db';

/**
 * The resident's side of one subdomain: their own score and what goes well, in their words.
 * Stored in the map entry's resident fields (scoreResident, residentGoesWell), never in the
 * worker's; checked with the domain's own rules for those fields.
 */
const toScore = (value: string): number | null => (value === '' ? null : Number(value));
const rule = (field: 'scoreResident' | 'residentGoesWell', toValue: (value: string) => unknown) =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const parsed = mapEntryFields[field].schema.safeParse(toValue(value));
      if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'Ongeldige waarde.' });
    }),
  );

export const residentFormSchema = z.object({
  scoreResident: rule('scoreResident', toScore),
  residentGoesWell: rule('residentGoesWell', (value) => value),
});
export type ResidentFormValues = z.infer<typeof residentFormSchema>;

export const toResidentValues = (entry: MapEntryView | null | undefined): ResidentFormValues => ({
  scoreResident: entry?.scoreResident == null ? '' : String(entry.scoreResident),
  residentGoesWell: entry?.residentGoesWell ?? '',
});

export function toResidentChanges(changes: Partial<ResidentFormValues>): Fields {
  const out: Fields = {};
  if (changes.scoreResident !== undefined) out.scoreResident = toScore(changes.scoreResident);
  if (changes.residentGoesWell !== undefined) out.residentGoesWell = changes.residentGoesWell;
  return out;
}
