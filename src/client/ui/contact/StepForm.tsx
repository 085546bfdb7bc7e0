import type { Step } from '../../../content';
import { StepQuestions } from './StepQuestions';
import { useContact } from './use-contact';

/** Loads the contact fresh for this step's form, so it starts from what is stored now. */
export function StepForm({ step, contactId }: { step: Step; contactId: string }) {
  const contact = useContact(contactId);
  if (!contact) return null;
  return <StepQuestions step={step} contact={contact} />;
}
