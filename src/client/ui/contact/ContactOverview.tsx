import { useState } from 'react';
import type { ContactView } from '../../db';
import { AidsButton } from '../aids/AidsButton';
import { ChecklistNotice } from '../aids/ChecklistNotice';
import { Button, LinkButton } from '../kit';
import { navigate, paths } from '../router';
import { useServices } from '../services';
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
      <ChecklistNotice contact={contact} />
      <div className="button-stack">
        <Button className="button--big" onClick={() => void goToStep(stepIds(contact.channel)[0]!)}>
          {started ? t.continueConversation : t.startConversation}
        </Button>
        <AidsButton contactId={contact.id} />
        {contact.untouched && <RemoveUntouched contact={contact} householdId={householdId} />}
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
      <Button variant="quiet" onClick={() => void remove()}>
        {t.removeUntouched}
      </Button>
      {refused && <p role="alert">{t.removeRefused}</p>}
    </>
  );
}
