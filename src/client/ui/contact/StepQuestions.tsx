import { useMemo } from 'react';
import type { Step } from '../../../content';
import type { ContactView } from '../../db';
import { SaveIndicator, useAutosave } from '../kit';
import { useServices } from '../services';
import { questionFieldId, QuestionField } from './QuestionField';
import { saveStep, stepSchema, stepValues } from './step-form';
import { firstOpenQuestionId, GUARD_QUESTION_ID } from './steps';

/** The questions of one step, autosaved into the contact (`answer.<id>`, `planDate`). */
export function StepQuestions({ step, contact }: { step: Step; contact: ContactView }) {
  const { data } = useServices();
  const schema = useMemo(() => stepSchema(step.questions), [step]);
  const autosave = useAutosave({
    schema,
    values: stepValues(step.questions, contact),
    save: (changes) => saveStep((record) => data.contacts.update(contact.id, record), changes),
    draftKey: `contact:${contact.id}:${step.id}`,
  });
  const first = firstOpenQuestionId(contact.channel);
  const guard = step.questions.find((q) => q.id === GUARD_QUESTION_ID);
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      {step.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          contact={contact}
          autosave={autosave}
          benchFirst={question.id === first}
          guardFieldId={guard && questionFieldId(guard.id)}
        />
      ))}
      <SaveIndicator status={autosave.status} />
    </form>
  );
}
