import { CRISIS_STEP_ID, stepsFor, type Question, type Step } from '../../../content';
import { prefixedId, type Channel } from '../../../domain';
import type { ContactView } from '../../db';
import { stepHasAnswer } from '../timeline/open-questions';

/** The last step of every contact: outcome and note. Not a step of the method's vragenlijst. */
export const FINISH_STEP_ID = 'afronden';

export type StepState = 'done' | 'open' | 'nothing-to-fill';

export const isAnswerable = (question: Question) => question.kind === 'open' || question.kind === 'term';

export function stepState(step: Step, contact: ContactView): StepState {
  if (!step.questions.some(isAnswerable)) return 'nothing-to-fill';
  return stepHasAnswer(step, contact) ? 'done' : 'open';
}

/** Step ids in order, ending with the finish step. */
export function stepIds(channel: Channel): string[] {
  return [...stepsFor(channel).map((step) => step.id), FINISH_STEP_ID];
}

/** The step that holds a question, for links to a field (e.g. "twee versies"). */
export function stepOfQuestion(channel: Channel, questionId: string): string | undefined {
  return stepsFor(channel).find((step) => step.questions.some((q) => q.id === questionId))?.id;
}

/** "Wie gaat dat bewaken?": where a planning term beyond two weeks points to. */
export const GUARD_QUESTION_ID = 'bewaken';

/** The step with the planning term (where a passed plan date is looked at again). */
export function planStepId(channel: Channel): string | undefined {
  return stepsFor(channel).find((step) => step.questions.some((q) => q.kind === 'term'))?.id;
}

/** The step where a contact's field is edited: `answer.<id>`, `planDate`, or outcome and note. */
export function stepOfField(channel: Channel, field: string): string | undefined {
  const questionId = prefixedId('answer.', field);
  if (questionId !== undefined) return stepOfQuestion(channel, questionId);
  if (field === 'planDate') return planStepId(channel);
  return FINISH_STEP_ID;
}

/**
 * Where "Verder met het gesprek" goes: the first step that can be filled in and is still open
 * (crisis only when it arose), or the finish step when every step is filled in.
 */
export function firstOpenStepId(contact: ContactView): string {
  const open = stepsFor(contact.channel).find((step) => step.id !== CRISIS_STEP_ID && stepState(step, contact) === 'open');
  return open?.id ?? FINISH_STEP_ID;
}
