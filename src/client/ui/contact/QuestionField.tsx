import { questionText, type Question } from '../../../content';
import type { Channel } from '../../../domain';
import { TextAnswer, type Autosave, type FormValues } from '../kit';
import { contactTexts as t } from '../texts';
import { PlanDateField } from './PlanDateField';

export const questionFieldId = (questionId: string) => `q-${questionId}`;

interface Props {
  question: Question;
  channel: Channel;
  autosave: Autosave<FormValues>;
  startedAt: string;
  /** Marks the textarea the bench waits for ("first question visible"). */
  benchFirst: boolean;
  guardFieldId?: string;
}

/** One question, rendered by its kind (content is data): the method's words for this channel. */
export function QuestionField({ question, channel, autosave, startedAt, benchFirst, guardFieldId }: Props) {
  const text = questionText(question, channel) ?? '';
  const id = questionFieldId(question.id);
  switch (question.kind) {
    case 'say':
      return (
        <figure className="field">
          <figcaption className="field__hint">{t.sayIt}</figcaption>
          <blockquote className="say">{text}</blockquote>
        </figure>
      );
    case 'notice':
      return <p className="notice notice--danger">{text}</p>;
    case 'term':
      return <PlanDateField id={id} label={text} autosave={autosave} startedAt={startedAt} guardFieldId={guardFieldId} />;
    case 'open':
      return (
        <TextAnswer
          id={id}
          label={text}
          error={autosave.error(question.id)}
          data-bench={benchFirst ? 'first-question' : undefined}
          {...autosave.text(question.id)}
        />
      );
  }
}
