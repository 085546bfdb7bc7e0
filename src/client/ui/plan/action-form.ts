import * as z from 'zod/mini';
import { actionWhatSchema, defaultCare, defaultDueDate, type ActorKind } from '../../../domain';
import type { PlanActionView } from '../../db';

/** The action editor's values: every field a string, as forms hold them. */
export const actionFormSchema = z.object({
  what: actionWhatSchema,
  whoKind: z.string(),
  whoPersonId: z.string(),
  whoName: z.string().check(z.maxLength(200, 'Deze naam is te lang.')),
  dueDate: z.string(),
  monitor: z.string().check(z.maxLength(200, 'Deze naam is te lang.')),
  supportLevel: z.string(),
  care: z.string(),
  reach: z.string(),
  status: z.string(),
  feedback: z.string(),
});
export type ActionForm = z.infer<typeof actionFormSchema>;

export function actionFormValues(action: PlanActionView): ActionForm {
  return {
    what: action.what,
    whoKind: action.whoKind,
    whoPersonId: action.whoPersonId ?? '',
    whoName: action.whoName,
    dueDate: action.dueDate ?? '',
    monitor: action.monitor,
    supportLevel: action.supportLevel ?? '',
    care: action.care,
    reach: action.reach,
    status: action.status,
    feedback: action.feedback,
  };
}

/** A new action: two weeks from today, as the method says; informal unless a professional does it. */
export function newActionValues(today: string, whoKind: ActorKind = 'bewoner'): ActionForm {
  return {
    what: '',
    whoKind,
    whoPersonId: '',
    whoName: '',
    dueDate: defaultDueDate(today),
    monitor: '',
    supportLevel: '',
    care: defaultCare(whoKind),
    reach: 'individueel',
    status: 'open',
    feedback: '',
  };
}

/** Form values to record fields: empty choices are left out, empty references and dates are null. */
export function toActionChanges(values: Partial<ActionForm>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === 'whoPersonId' || name === 'dueDate') changes[name] = value === '' ? null : value;
    else if (name === 'supportLevel' && value === '') continue;
    else changes[name] = value;
  }
  return changes;
}
