import type { ContactView } from '../../db';
import { AidsButton } from '../aids/AidsButton';
import { Button, LinkButton } from '../kit';
import { paths } from '../router';
import { contactTexts as t } from '../texts';
import { goToStep } from './go-to-step';
import { OlderAnswers } from './OlderAnswers';
import { stepIds, stepState } from './steps';
import { stepsFor } from '../../../content';

/**
 * The first screen of a contact, made for the front door: the outcome buttons sit at the bottom
 * (see ContactScreen), the conversation is one tap away, the rest can be filled in later.
 */
export function ContactOverview({ contact, householdId }: { contact: ContactView; householdId: string }) {
  const started = stepsFor(contact.channel).some((step) => stepState(step, contact) === 'done');
  return (
    <>
      <div className="button-stack">
        <Button className="button--big" onClick={() => void goToStep(stepIds(contact.channel)[0]!)}>
          {started ? t.continueConversation : t.startConversation}
        </Button>
        <AidsButton contactId={contact.id} />
        {contact.outcome && (
          <LinkButton variant="secondary" to={paths.household(householdId)}>
            {t.backToHousehold}
          </LinkButton>
        )}
      </div>
      <OlderAnswers contact={contact} />
    </>
  );
}
