import type { Channel } from '../../domain';

/**
 * How a question is rendered (content is data, rendered by kind):
 * - `say`: words the worker says (compliment, introduction); shown, not answered.
 * - `open`: an open question; the answer is free text in `answer.<id>` on the contact.
 * - `term`: the planning term; the answer is a date in the contact's `planDate` field
 *   (the method: not more than two weeks, see planTermStatus in src/domain/rules/planning.ts).
 * - `notice`: an instruction for the worker; shown, not answered.
 */
export type QuestionKind = 'say' | 'open' | 'term' | 'notice';

/**
 * One question with its wording per channel. A question that means the same in several
 * channels keeps ONE id, so an answer survives a change of channel during a contact. A channel
 * without text does not ask the question. Text may hold "\n" where a table cell of the seed has
 * two paragraphs; render with `white-space: pre-line`.
 */
export interface Question {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly text: Partial<Record<Channel, string>>;
}

export interface Step {
  readonly id: string;
  readonly title: string;
  readonly questions: readonly Question[];
}

/** The same wording in every channel. */
export const inAllChannels = (text: string): Record<Channel, string> => ({
  telefoon: text,
  loket: text,
  huisbezoek: text,
  eropaf: text,
});
