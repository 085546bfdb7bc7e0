import type { Channel } from '../domain';
import { archivedQuestionText, archivedTopicText } from './archive';
import { findTopic } from './leefgebiedenkaart';
import { findQuestion } from './vragenlijst';

/**
 * The prompt to show beside a stored answer (`answer.<questionId>`), whatever content version
 * the record was made under: the current wording for the contact's channel, else the current
 * wording of another channel (the channel may have changed), else the retired wording.
 */
export function answerPrompt(questionId: string, channel: Channel): string | undefined {
  const question = findQuestion(questionId);
  if (!question) return archivedQuestionText(questionId, channel);
  return question.text[channel] ?? Object.values(question.text)[0];
}

/** The text of a topic stored as `topic.<topicId>`, current or retired. */
export function topicText(topicId: string): string | undefined {
  return findTopic(topicId)?.text ?? archivedTopicText(topicId);
}
