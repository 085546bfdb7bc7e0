import * as z from 'zod/mini';
import { answerField, contactFields, contactPrefixedFields, prefixedId, type Fields } from '../../../domain';
import type { Question } from '../../../content';
import type { ContactView, WriteResult } from '../../db';
import type { FormValues } from '../kit';
import { contactTexts } from '../texts';

/** The form field of the planning term; the other fields are named by question id. */
export const PLAN_DATE = 'planDate';

const answerSchema = contactPrefixedFields['answer.'].schema;
const planDateSchema = z.union([z.literal(''), z.iso.date({ error: contactTexts.planDateInvalid })]);

const fieldOf = (question: Question) => (question.kind === 'term' ? PLAN_DATE : question.id);

/** The zod schema of one step's form, built from the domain's field schemas. */
export function stepSchema(questions: readonly Question[]): z.ZodMiniType<FormValues, FormValues> {
  const shape: Record<string, z.ZodMiniType<string, string>> = {};
  for (const question of questions) {
    if (question.kind === 'open') shape[question.id] = answerSchema;
    if (question.kind === 'term') shape[PLAN_DATE] = planDateSchema;
  }
  return z.object(shape) as unknown as z.ZodMiniType<FormValues, FormValues>;
}

export function stepValues(questions: readonly Question[], contact: ContactView): FormValues {
  const values: FormValues = {};
  for (const question of questions) {
    if (question.kind === 'open') values[question.id] = contact.answers[question.id] ?? '';
    if (question.kind === 'term') values[fieldOf(question)] = contact.planDate ?? '';
  }
  return values;
}

/** Form fields → record fields (`answer.<id>`, `planDate`), and errors back to form fields. */
export async function saveStep(
  update: (changes: Fields, seen: Fields) => Promise<WriteResult>,
  changes: Partial<FormValues>,
  seen: Partial<FormValues> = {},
): Promise<WriteResult> {
  const result = await update(toRecordFields(changes), toRecordFields(seen));
  if (result.ok) return result;
  return { ok: false, errors: result.errors.map((e) => ({ ...e, field: prefixedId('answer.', e.field) ?? e.field })) };
}

function toRecordFields(values: Partial<FormValues>): Fields {
  const record: Fields = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (name === PLAN_DATE) record[PLAN_DATE] = value || null;
    else record[answerField(name)] = value;
  }
  return record;
}

// Kept next to the schemas above so the record's own rules stay the one source.
export const finishSchema = z.object({
  outcome: contactFields.outcome.schema as z.ZodMiniType<string, string>,
  note: contactFields.note.schema as z.ZodMiniType<string, string>,
});
