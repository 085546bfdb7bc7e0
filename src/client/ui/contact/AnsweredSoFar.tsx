import { questionText, stepsFor } from '../../../content';
import type { ContactView } from '../../db';
import { contactTexts as t } from '../texts';
import { AnswerList } from './OlderAnswers';

/**
 * What the contact holds so far, read-only: each answered question with its answer, and the
 * note. A colleague opening the contact sees it without walking through the steps (issue 13).
 * Folded by default, so the doorstep's outcome choices stay in reach of the thumb.
 */
export function AnsweredSoFar({ contact }: { contact: ContactView }) {
  const answers = stepsFor(contact.channel).flatMap((step) =>
    step.questions.flatMap((question) => {
      const text = contact.answers[question.id]?.trim();
      const prompt = questionText(question, contact.channel);
      return text && prompt ? [{ id: question.id, prompt, text }] : [];
    }),
  );
  if (contact.note.trim()) answers.push({ id: 'note', prompt: t.note, text: contact.note });
  if (answers.length === 0) return null;
  return (
    <details className="section answered-so-far">
      <summary>{t.answered(answers.length)}</summary>
      <AnswerList answers={answers} />
    </details>
  );
}
