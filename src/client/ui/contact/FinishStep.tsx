import type { ContactView } from '../../db';
import { AidsButton } from '../aids/AidsButton';
import { aidEntryTexts as aidsTexts } from '../aids/entry-texts';
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
        <AidsButton contactId={contact.id} aid="relatietype" label={aidsTexts.relationshipButton} />
        <AidsButton contactId={contact.id} aid="bakens" label={aidsTexts.reflectButton} />
      </div>
      <div className="button-row">
        <LinkButton to={paths.household(householdId)}>{t.backToHousehold}</LinkButton>
      </div>
    </>
  );
}
