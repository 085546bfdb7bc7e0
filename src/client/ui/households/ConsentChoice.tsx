import * as z from 'zod/mini';
import { consentValues, householdFields, type Consent } from '../../../domain';
import { reads } from '../../db/for-screens';
import type { HouseholdView } from '../../db';
import { ChoiceButtons, SaveIndicator, useAutosave } from '../kit';
import { syncedRecord } from '../live';
import { useServices } from '../services';
import { householdTexts as t } from './texts';

const consentSchema = z.object({ consent: householdFields.consent.schema as z.ZodMiniType<string, string> });
const choices = consentValues.map((value) => ({ value, label: t.consentLabels[value] }));

/** Whether the resident agreed that the team keeps data on the household: one tap, saved at once. */
export function ConsentChoice({ household }: { household: HouseholdView }) {
  const { data } = useServices();
  const autosave = useAutosave({
    schema: consentSchema,
    values: { consent: household.consent },
    save: (changes, seen) => data.households.update(household.id, changes, seen),
    stored: syncedRecord(data, 'households', household.id, async () => {
      const stored = await data.read(reads.household(household.id));
      return stored && { consent: stored.consent };
    }),
  });
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      <ChoiceButtons
        id="household-consent"
        legend={t.consent}
        hint={t.consentHint}
        choices={choices}
        value={autosave.form.watch('consent') as Consent}
        onChoose={(value) => autosave.choose('consent', value)}
        error={autosave.error('consent')}
      />
      <SaveIndicator status={autosave.status} />
    </form>
  );
}
