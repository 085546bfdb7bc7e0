import { archivedQuestionText, findQuestion } from '../../../content';
import type { ContactView } from '../../db';
import { UpdateOffer } from '../../pwa';
import { contactTexts as t } from '../texts';

/**
 * Answers this version of the app has no question for, shown read-only so nothing is lost:
 * to questions retired since the contact was made (with the wording they were given to), and to
 * questions only a newer version has (another device is ahead: with the offer to update).
 */
export function OlderAnswers({ contact }: { contact: ContactView }) {
  const unplaced = Object.entries(contact.answers).filter(([id, text]) => !findQuestion(id) && text.trim());
  const older = unplaced.flatMap(([id, text]) => {
    const prompt = archivedQuestionText(id, contact.channel);
    return prompt === undefined ? [] : [{ id, prompt, text }];
  });
  const newer = unplaced.filter(([id]) => archivedQuestionText(id) === undefined).map(([id, text]) => ({ id, prompt: t.newerQuestion, text }));
  return (
    <>
      {older.length > 0 && (
        <section className="section" aria-labelledby="older-answers">
          <h2 id="older-answers">{t.olderAnswers}</h2>
          <p className="field__hint">{t.olderAnswersIntro}</p>
          <AnswerList answers={older} />
        </section>
      )}
      {newer.length > 0 && (
        <section className="section" aria-labelledby="newer-answers">
          <h2 id="newer-answers">{t.newerAnswers}</h2>
          <AnswerList answers={newer} />
          <UpdateOffer />
        </section>
      )}
    </>
  );
}

export function AnswerList({ answers }: { answers: readonly { id: string; prompt: string; text: string }[] }) {
  return (
    <dl>
      {answers.map(({ id, prompt, text }) => (
        <div key={id} className="card">
          <dt className="field__label">{prompt}</dt>
          <dd className="answer-text">{text}</dd>
        </div>
      ))}
    </dl>
  );
}
