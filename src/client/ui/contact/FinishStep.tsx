import type { ContactView } from '../../db';
import { LinkButton } from '../kit';
import { paths } from '../router';
import { contactTexts as t } from '../texts';
import { OlderAnswers } from './OlderAnswers';
import { OutcomeChoice } from './OutcomeChoice';

/** The last step: the note and the outcome, and answers kept from an older vragenlijst. */
export function FinishStep({ contact, householdId }: { contact: ContactView; householdId: string }) {
  return (
    <>
      <OutcomeChoice contactId={contact.id} withNote />
      <OlderAnswers contact={contact} />
      <div className="button-row">
        <LinkButton to={paths.household(householdId)}>{t.backToHousehold}</LinkButton>
      </div>
    </>
  );
}
