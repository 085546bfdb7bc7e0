import { useState } from 'react';
import type { ContactView } from '../../db';
import { AidsButton } from '../aids/AidsButton';
import { ChecklistNotice } from '../aids/ChecklistNotice';
import { Button, LinkButton } from '../kit';
import { navigate, paths } from '../router';
import { useServices } from '../services';
import { contactTexts as t } from '../texts';
import { goToStep } from './go-to-step';
import { AnsweredSoFar } from './AnsweredSoFar';
import { OlderAnswers } from './OlderAnswers';
import { firstOpenStepId, stepIds, stepState } from './steps';
import { stepsFor } from '../../../content';

/**
 * The first screen of a contact, made for the front door: the outcome buttons sit at the bottom
 * (see ContactScreen), the conversation is one tap away, the rest can be filled in later.
 */
export function ContactOverview({ contact, householdId }: { contact: ContactView; householdId: string }) {
  const started = stepsFor(contact.channel).some((step) => stepState(step, contact) === 'done');
  // Kept short: the outcome choices under it must stay in reach of the thumb at 360 px.
  return (
    <>
      <div className="button-row">
        <Button onClick={() => void goToStep(started ? firstOpenStepId(contact) : stepIds(contact.channel)[0]!)}>
          {started ? t.continueConversation : t.startConversation}
        </Button>
        <AidsButton contactId={contact.id} />
      </div>
      {contact.untouched && <RemoveUntouched contact={contact} householdId={householdId} />}
      {contact.outcome && (
        <p>
          <LinkButton variant="secondary" to={paths.household(householdId)}>
            {t.backToHousehold}
          </LinkButton>
        </p>
      )}
      <ChecklistNotice contact={contact} />
      <AnsweredSoFar contact={contact} />
      <OlderAnswers contact={contact} />
    </>
  );
}

/** A wrong channel tap leaves an empty contact: one tap takes it away again. */
function RemoveUntouched({ contact, householdId }: { contact: ContactView; householdId: string }) {
  const { data } = useServices();
  const [refused, setRefused] = useState(false);
  const remove = async () => {
    if (await data.contacts.removeIfUntouched(contact.id)) navigate(paths.household(householdId), { replace: true });
    else setRefused(true);
  };
  return (
    <>
      <p>
        <Button variant="quiet" onClick={() => void remove()}>
          {t.removeUntouched}
        </Button>
      </p>
      {refused && <p role="alert">{t.removeRefused}</p>}
    </>
  );
}
