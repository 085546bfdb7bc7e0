import { archivedQuestionIdsOfStep, archivedQuestionText } from '../../../content';
import type { ContactView } from '../../db';
import { contactTexts as t } from '../texts';

/**
 * Answers in this step to questions a content update retired (perhaps while the worker was
 * typing one): shown where they were, read-only, marked as from the older version.
 */
export function RetiredAnswers({ contact, stepId }: { contact: ContactView; stepId: string }) {
  const answers = archivedQuestionIdsOfStep(stepId).flatMap((id) => {
    const text = contact.answers[id]?.trim() ? contact.answers[id] : undefined;
    return text === undefined ? [] : [{ id, prompt: archivedQuestionText(id, contact.channel) ?? '', text }];
  });
  if (answers.length === 0) return null;
  return (
    <section className="card card--archived" aria-labelledby={`retired-${stepId}`}>
      <h3 id={`retired-${stepId}`}>{t.retiredInStep}</h3>
      <p className="field__hint">{t.retiredInStepHint}</p>
      <dl>
        {answers.map(({ id, prompt, text }) => (
          <div key={id}>
            <dt className="field__label">{prompt}</dt>
            <dd className="answer-text">{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
