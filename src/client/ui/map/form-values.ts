import * as z from 'zod/mini';
import type { ScoreField } from '../../../content';
import { mapEntryFields, type Fields, type MapTextField } from '../../../domain';
import type { MapEntryView } from '../../db';

// The form holds strings only (what inputs hold); a score is '' (no score yet) or '1'..'10'.
const toScore = (value: string): number | null => (value === '' ? null : Number(value));

/** Check a form string with the domain's own rule for the field, so the form and the store agree. */
const domainRule = (field: MapTextField | ScoreField, toValue: (value: string) => unknown) =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const parsed = mapEntryFields[field].schema.safeParse(toValue(value));
      if (!parsed.success) ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'Ongeldige waarde.' });
    }),
  );

const text = (field: MapTextField) => domainRule(field, (value) => value);
const score = (field: ScoreField) => domainRule(field, toScore);

export const mapFormSchema = z.object({
  experience: text('experience'),
  situation: text('situation'),
  problemsAndPossibilities: text('problemsAndPossibilities'),
  causes: text('causes'),
  scoreResident: score('scoreResident'),
  scoreWorker: score('scoreWorker'),
});

export type MapFormValues = z.infer<typeof mapFormSchema>;
export type MapFormField = keyof MapFormValues;

export function toFormValues(entry: MapEntryView | null): MapFormValues {
  const scoreText = (value: number | null | undefined) => (value == null ? '' : String(value));
  return {
    experience: entry?.experience ?? '',
    situation: entry?.situation ?? '',
    problemsAndPossibilities: entry?.problemsAndPossibilities ?? '',
    causes: entry?.causes ?? '',
    scoreResident: scoreText(entry?.scoreResident),
    scoreWorker: scoreText(entry?.scoreWorker),
  };
}

/** Form values (the changed ones, or what the form showed of them) as map entry fields. */
export function toEntryChanges(changes: Partial<MapFormValues>): Fields {
  const out: Fields = {};
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    out[field] = field === 'scoreResident' || field === 'scoreWorker' ? toScore(value) : value;
  }
  return out;
}
