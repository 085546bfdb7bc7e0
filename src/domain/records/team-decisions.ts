import * as z from 'zod/mini';
import { booleanField, isoDateField, requiredTextField, textField, valueField, type FieldSpec } from './fields';
import { calendarDaySchema, recordRefSchema } from './plan-fields';
import { defineTable, type TableRecord } from './define-table';

/** An account name as the server knows it (who a to-do is for). */
const usernameRefSchema = z.nullable(
  z
    .string({ error: 'Kies voor wie het is.' })
    .check(z.trim(), z.minLength(1, 'Kies voor wie het is.'), z.maxLength(64, 'Die gebruikersnaam is te lang.')),
);

/**
 * What the kernteam agreed about one household in its meeting (één gezin, één plan, één
 * regisseur). A row of its own per decision: two decisions taken on two devices for the same
 * household never overwrite each other; both are kept and shown (rules/review.ts).
 *
 * The decision can carry a to-do for one worker ("Van het kernteam: …"), addressed by account
 * name: it reaches that worker's phone with the next sync and stays until they mark it done.
 */
export const teamDecisionFields = {
  /** The day of the team meeting the decision was taken in. */
  meetingOn: valueField(calendarDaySchema),
  agreed: requiredTextField(2_000, 'Schrijf op wat het kernteam heeft afgesproken.'),
  /** Who does the next step, as the team named them. */
  nextStepBy: textField(200),
  dueDate: isoDateField(),
  /** A new regisseur named by the team (a handover is recorded with it); '' when unchanged. */
  newRegisseur: textField(120),
  /** Who recorded it in the meeting. */
  byName: textField(120),
  /** The plan action the decision put in the household's plan. */
  actionId: valueField(z.nullable(recordRefSchema)),
  todoFor: valueField(usernameRefSchema),
  todoText: textField(1_000),
  todoDone: booleanField(),
  todoDoneOn: isoDateField(),
} satisfies Record<string, FieldSpec>;

export const teamDecisionsTable = defineTable({ fields: teamDecisionFields, required: ['meetingOn', 'agreed'], inHousehold: true });
export type TeamDecision = TableRecord<typeof teamDecisionsTable>;

export const decisionAgreedSchema = teamDecisionFields.agreed.schema;
