import type { Channel } from '../domain';
import { burgerZelf, netwerk } from './vragenlijst/conversation';
import { hulp, organiseren, planning } from './vragenlijst/closing';
import { crisis } from './vragenlijst/crisis';
import { compliment, eersteVraag, introductie } from './vragenlijst/opening';
import type { Question, Step } from './vragenlijst/types';

export type { Question, QuestionKind, Step } from './vragenlijst/types';
export { CRISIS_STEP_ID } from './vragenlijst/crisis';
export { channelLabels, outcomeLabels, outcomesFor } from './vragenlijst/labels';

/** The integrale vragenlijst ("BIJLAGE BIJ DAG 3"): its rows in the seed's order, then crisis. */
export const vragenlijst: readonly Step[] = [
  compliment,
  introductie,
  eersteVraag,
  burgerZelf,
  netwerk,
  planning,
  hulp,
  organiseren,
  crisis,
];

const stepsByChannel = new Map<Channel, readonly Step[]>();

/**
 * The steps of the guided conversation for one channel, each with only that channel's
 * questions. Cached, so a screen gets the same array on every render.
 */
export function stepsFor(channel: Channel): readonly Step[] {
  let steps = stepsByChannel.get(channel);
  if (!steps) {
    steps = vragenlijst
      .map((step) => ({ ...step, questions: step.questions.filter((question) => question.text[channel]) }))
      .filter((step) => step.questions.length > 0);
    stepsByChannel.set(channel, steps);
  }
  return steps;
}

/** The question's wording for the channel, or undefined when that channel does not ask it. */
export function questionText(question: Question, channel: Channel): string | undefined {
  return question.text[channel];
}

export const allQuestions: readonly Question[] = vragenlijst.flatMap((step) => step.questions);

const questionsById = new Map(allQuestions.map((question) => [question.id, question]));

export function findQuestion(id: string): Question | undefined {
  return questionsById.get(id);
}
