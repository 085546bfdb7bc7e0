import { outcomeLabels, outcomesFor } from '../../../content';
import type { Outcome } from '../../../domain';
import { reads } from '../../db/for-screens';
import type { ContactView } from '../../db';
import { ChoiceButtons, SaveIndicator, useAutosave } from '../kit';
import { RecordTextField } from '../fields/RecordTextField';
import { syncedRecord } from '../live';
import { useServices } from '../services';
import { contactTexts as t } from '../texts';
import { finishSchema } from './step-form';
import { useContact } from './use-contact';

const outcomeValues = (contact: ContactView) => ({ outcome: contact.outcome ?? '', note: contact.note });

/** How the contact ended (one tap, saved at once), and on the finish step also the note. */
export function OutcomeChoice({ contactId, withNote }: { contactId: string; withNote?: boolean }) {
  const contact = useContact(contactId);
  return contact ? <OutcomeForm contact={contact} withNote={withNote} /> : null;
}

function OutcomeForm({ contact, withNote }: { contact: ContactView; withNote?: boolean }) {
  const { data } = useServices();
  const autosave = useAutosave({
    schema: finishSchema,
    values: outcomeValues(contact),
    save: (changes, seen) => data.contacts.update(contact.id, changes, seen),
    draftKey: `contact:${contact.id}:outcome`,
    stored: syncedRecord(data, 'contacts', contact.id, async () => {
      const stored = await data.read(reads.contact(contact.id));
      return stored && outcomeValues(stored);
    }),
  });
  const outcome = autosave.form.watch('outcome') as Outcome | '';
  const choices = outcomesFor(contact.channel).map((value) => ({ value, label: outcomeLabels[value] }));
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      {withNote && (
        <RecordTextField
          id="contact-note"
          label={t.note}
          hint={t.noteHint}
          autosave={autosave}
          name="note"
          record={{ householdId: contact.householdId, table: 'contacts', recordId: contact.id, field: 'note' }}
        />
      )}
      <ChoiceButtons
        id="contact-outcome"
        legend={t.outcome}
        choices={choices}
        value={outcome || undefined}
        onChoose={(value) => autosave.choose('outcome', value)}
        error={autosave.error('outcome')}
      />
      <SaveIndicator status={autosave.status} />
    </form>
  );
}
