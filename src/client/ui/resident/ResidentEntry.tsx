import { useWatch } from 'react-hook-form';
import type { Subdomain } from '../../../content';
import { mapEntryId } from '../../../domain';
import { reads } from '../../db/for-screens';
import type { MapEntryView } from '../../db';
import { ChoiceButtons, SaveIndicator, TextAnswer, useAutosave, type Choice } from '../kit';
import { syncedRecord } from '../live';
import { useServices } from '../services';
import { residentFormSchema, toResidentChanges, toResidentValues, type ResidentFormValues } from './resident-form';
import { residentTexts as t } from './texts';

const scores: readonly Choice<string>[] = [
  ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
  { value: '', label: t.noScore },
];

/** One subdomain on the resident's side: their score and what goes well. Autosaved. */
export function ResidentEntry({ householdId, subdomain, entry }: { householdId: string; subdomain: Subdomain; entry: MapEntryView | null }) {
  const { data } = useServices();
  const autosave = useAutosave<ResidentFormValues>({
    schema: residentFormSchema,
    values: toResidentValues(entry),
    save: (changes, seen) => data.mapEntries.update(householdId, subdomain.id, toResidentChanges(changes), toResidentChanges(seen)),
    draftKey: `resident:${householdId}:${subdomain.id}`,
    stored: syncedRecord(data, 'mapEntries', mapEntryId(householdId, subdomain.id), async () =>
      toResidentValues(await data.read(reads.mapEntry(householdId, subdomain.id))),
    ),
  });
  const score = useWatch({ control: autosave.form.control, name: 'scoreResident' });
  const headingId = `resident-${subdomain.id}`;
  return (
    <section className="resident-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{subdomain.title}</h3>
      <ChoiceButtons
        id={`resident-${subdomain.id}-score`}
        legend={
          <>
            {t.score}
            <span className="visually-hidden">, {subdomain.title}</span>
          </>
        }
        hint={t.scoreHint}
        choices={scores}
        value={score}
        onChoose={(value) => autosave.choose('scoreResident', value)}
        error={autosave.error('scoreResident')}
      />
      <TextAnswer
        id={`resident-${subdomain.id}-goes-well`}
        label={`${t.goesWell} (${subdomain.title})`}
        error={autosave.error('residentGoesWell')}
        {...autosave.text('residentGoesWell')}
      />
      <SaveIndicator status={autosave.status} />
    </section>
  );
}
