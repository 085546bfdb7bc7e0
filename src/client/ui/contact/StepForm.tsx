import type { Step } from '../../../content';
import type { ContactView } from '../../db';
import { StepQuestions } from './StepQuestions';
import { useContact } from './use-contact';

interface Props {
  step: Step;
  contactId: string;
  /**
   * The screen's own copy of the contact, usable for the first step shown: nothing was typed on
   * this screen yet, so it is as fresh as a read of our own, and saves a round trip to IndexedDB
   * on the way to the first question.
   */
  initial?: ContactView;
}

/**
 * Loads the contact fresh for this step's form, so it starts from what is stored now, also when
 * the previous step's last autosave committed a moment ago.
 */
export function StepForm({ step, contactId, initial }: Props) {
  const contact = useContact(contactId) ?? initial;
  if (!contact) return null;
  return <StepQuestions step={step} contact={contact} />;
}
