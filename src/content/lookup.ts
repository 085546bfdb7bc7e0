import type { Channel } from '../domain';
import { archivedQuestionText, archivedTopicText, formerQuestionText } from './archive';
import { findTopic } from './leefgebiedenkaart';
import { findQuestion, questionText, type Question } from './vragenlijst';

/**
 * The prompt to show beside a stored answer (`answer.<questionId>`), whatever content version
 * the record was made under: the wording it had in that version (when reworded since), the
 * current wording for the contact's channel, else the current wording of another channel (the
 * channel may have changed), else the retired wording.
 */
export function answerPrompt(questionId: string, channel: Channel, contentVersion?: string): string | undefined {
  const question = findQuestion(questionId);
  if (!question) return archivedQuestionText(questionId, channel);
  const then = contentVersion === undefined ? undefined : formerQuestionText(questionId, channel, contentVersion);
  return then ?? question.text[channel] ?? Object.values(question.text)[0];
}

/**
 * A question's wording for the channel as it was asked in a record of `contentVersion`: the
 * record's own wording when the question was reworded since (what was asked is part of the
 * record), else today's. Undefined when the channel does not ask it.
 */
export function questionTextFor(question: Question, channel: Channel, contentVersion: string): string | undefined {
  const now = questionText(question, channel);
  return now === undefined ? undefined : (formerQuestionText(question.id, channel, contentVersion) ?? now);
}

/** The text of a topic stored as `topic.<topicId>`, current or retired. */
export function topicText(topicId: string): string | undefined {
  return findTopic(topicId)?.text ?? archivedTopicText(topicId);
}
