import { LinkButton } from '../kit';
import { paths } from '../router';
import { contactTexts as t } from '../texts';
import { OlderAnswers } from './OlderAnswers';
import { OutcomeChoice } from './OutcomeChoice';
import { useContact } from './use-contact';

export function FinishStep({ contactId, householdId }: { contactId: string; householdId: string }) {
  const contact = useContact(contactId);
  if (!contact) return null;
  return (
    <>
      <OutcomeChoice contactId={contactId} withNote />
      <OlderAnswers contact={contact} />
      <div className="button-row">
        <LinkButton to={paths.household(householdId)}>{t.backToHousehold}</LinkButton>
      </div>
    </>
  );
}
