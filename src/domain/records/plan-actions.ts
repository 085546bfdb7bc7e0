import * as z from 'zod/mini';
import { enumField, isoDateField, requiredTextField, textField, valueField, type FieldSpec } from './fields';
import { calendarDaySchema, recordRefSchema } from './plan-fields';
import { defineTable, type TableRecord } from './define-table';

/** Who does it: the resident, someone of their network, a volunteer, a professional or organisation. */
export const actorKinds = ['bewoner', 'netwerk', 'vrijwilliger', 'professional'] as const;
export type ActorKind = (typeof actorKinds)[number];

/** The support ladder, from light to heavy (baken "eigen kracht burger"). Order matters. */
export const supportLevels = ['faciliteren', 'ondersteunen', 'intervenieren', 'beschermen'] as const;
export type SupportLevel = (typeof supportLevels)[number];

export const careKinds = ['informeel', 'formeel'] as const;
export type CareKind = (typeof careKinds)[number];

export const reachKinds = ['collectief', 'individueel'] as const;
export type ReachKind = (typeof reachKinds)[number];

export const actionStatuses = ['open', 'gedaan', 'niet-gelukt'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** One action under a goal: who does what by when, and who keeps an eye on it. */
export const planActionFields = {
  goalId: valueField(recordRefSchema),
  what: requiredTextField(600, 'Schrijf op wat er gaat gebeuren.'),
  whoKind: enumField(actorKinds, 'Kies wie het doet.'),
  /** The network person who does it, when chosen from the network map. */
  whoPersonId: valueField(z.nullable(recordRefSchema)),
  /** Who does it, as typed (or the network person's name when it was chosen). */
  whoName: textField(200),
  dueDate: isoDateField(),
  monitor: textField(200),
  supportLevel: enumField(supportLevels, 'Kies een trede van de ladder.'),
  care: enumField(careKinds, 'Kies informeel of formeel.'),
  reach: enumField(reachKinds, 'Kies collectief of individueel.'),
  status: enumField(actionStatuses, 'Kies hoe het met deze actie staat.'),
  feedback: textField(),
  feedbackOn: isoDateField(),
  createdOn: valueField(calendarDaySchema),
} satisfies Record<string, FieldSpec>;

export const planActionsTable = defineTable({
  fields: planActionFields,
  required: ['goalId', 'what', 'whoKind', 'status', 'createdOn'],
  inHousehold: true,
});
export type PlanAction = TableRecord<typeof planActionsTable>;

export const actionWhatSchema = planActionFields.what.schema;
