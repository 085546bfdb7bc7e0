import { questionTextFor, type Question } from '../../../content';
import { answerField } from '../../../domain';
import type { ContactView } from '../../db';
import type { Autosave, FormValues } from '../kit';
import { RecordTextField } from '../fields/RecordTextField';
import { contactTexts as t } from '../texts';
import { PlanDateField } from './PlanDateField';

export const questionFieldId = (questionId: string) => `q-${questionId}`;

interface Props {
  question: Question;
  contact: ContactView;
  autosave: Autosave<FormValues>;
  guardFieldId?: string;
}

/** One question, rendered by its kind (content is data): the method's words for this channel. */
export function QuestionField({ question, contact, autosave, guardFieldId }: Props) {
  const text = questionTextFor(question, contact.channel, contact.contentVersion) ?? '';
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
      return <PlanDateField id={id} label={text} autosave={autosave} startedAt={contact.startedAt} guardFieldId={guardFieldId} />;
    case 'open':
      return (
        <RecordTextField
          id={id}
          label={text}
          autosave={autosave}
          name={question.id}
          record={{ householdId: contact.householdId, table: 'contacts', recordId: contact.id, field: answerField(question.id) }}
        />
      );
  }
}
