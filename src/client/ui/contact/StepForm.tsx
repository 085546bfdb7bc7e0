import type { Step } from '../../../content';
import type { ContactView } from '../../db';
import { StepQuestions } from './StepQuestions';
import { reads, useReadOnce } from '../live';

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
 * the previous step's last autosave committed a moment ago. Read once: the form takes its values
 * when it opens (StepQuestions) and hears of synced changes through its `stored` source; a live
 * query here re-read and decrypted the contact after every one of its own saves.
 */
export function StepForm({ step, contactId, initial }: Props) {
  const read = useReadOnce(initial ? null : reads.contact(contactId));
  const contact = initial ?? read;
  if (!contact) return null;
  return <StepQuestions step={step} contact={contact} />;
}
