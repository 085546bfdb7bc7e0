import { archivedQuestionText, findQuestion } from '../../../content';
import type { ContactView } from '../../db';
import { contactTexts as t } from '../texts';

/**
 * Answers to questions that are no longer in the vragenlijst (the contact was made under an older
 * content version). Shown read-only with the wording they were given to, so nothing is lost.
 */
export function OlderAnswers({ contact }: { contact: ContactView }) {
  const retired = Object.entries(contact.answers).filter(([id, text]) => !findQuestion(id) && text.trim());
  if (retired.length === 0) return null;
  return (
    <section className="section" aria-labelledby="older-answers">
      <h2 id="older-answers">{t.olderAnswers}</h2>
      <p className="field__hint">{t.olderAnswersIntro}</p>
      <dl>
        {retired.map(([id, text]) => (
          <div key={id} className="card">
            <dt className="field__label">{archivedQuestionText(id, contact.channel) ?? id}</dt>
            <dd className="answer-text">
              {text}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
