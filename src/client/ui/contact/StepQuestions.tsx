import { memo, useMemo } from 'react';
import type { Step } from '../../../content';
import { reads } from '../../db/for-screens';
import type { ContactView } from '../../db';
import { SaveIndicator, useAutosave } from '../kit';
import { syncedRecord } from '../live';
import { useServices } from '../services';
import { questionFieldId, QuestionField } from './QuestionField';
import { saveStep, stepSchema, stepValues } from './step-form';
import { GUARD_QUESTION_ID } from './steps';

interface Props {
  step: Step;
  contact: ContactView;
}

/**
 * The questions of one step, autosaved into the contact (`answer.<id>`, `planDate`). The form
 * takes the stored answers once, when it opens, and uses only the contact's fixed facts (id,
 * channel, household, start) after that: so it need not render again for every autosave that
 * brings a new copy of the contact — on a slow phone that is most of the cost of a keystroke's save.
 */
export const StepQuestions = memo(StepQuestionsForm, (before, after) => before.step === after.step && before.contact.id === after.contact.id);

function StepQuestionsForm({ step, contact }: Props) {
  const { data } = useServices();
  const schema = useMemo(() => stepSchema(step.questions), [step]);
  const autosave = useAutosave({
    schema,
    values: stepValues(step.questions, contact),
    save: (changes, seen) => saveStep((record, seenRecord) => data.contacts.update(contact.id, record, seenRecord), changes, seen),
    draftKey: `contact:${contact.id}:${step.id}`,
    stored: syncedRecord(data, 'contacts', contact.id, async () => {
      const stored = await data.read(reads.contact(contact.id));
      return stored && stepValues(step.questions, stored);
    }),
  });
  const guard = step.questions.find((q) => q.id === GUARD_QUESTION_ID);
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      {step.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          contact={contact}
          autosave={autosave}
          guardFieldId={guard && questionFieldId(guard.id)}
        />
      ))}
      <SaveIndicator status={autosave.status} />
    </form>
  );
}
