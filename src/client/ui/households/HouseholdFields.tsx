import { useRef, useState } from 'react';
import { householdFormSchema, type HouseholdForm } from '../../../domain';
import { reads } from '../../db/for-screens';
import type { HouseholdView, WriteResult } from '../../db';
import { LinkButton, SaveIndicator, useAutosave } from '../kit';
import { RecordTextField } from '../fields/RecordTextField';
import { paths, setSearchParam } from '../router';
import { syncedRecord } from '../live';
import { useServices, useSession } from '../services';
import { householdTexts as t } from './texts';

export const householdFormValues = (h: HouseholdView): HouseholdForm => ({
  label: h.label,
  members: h.members,
  reportedBy: h.reportedBy,
  reportReason: h.reportReason,
});

interface Props {
  /** The household being edited, or null for one not created yet. */
  initialId: string | null;
  values: HouseholdForm;
}

export function HouseholdFields({ initialId, values }: Props) {
  const { data } = useServices();
  const { currentTeamId } = useSession();
  // A ref, not only state: a second save may run before React re-renders with the new id.
  const idRef = useRef(initialId);
  const [id, setId] = useState(initialId);

  const save = async (changes: Partial<HouseholdForm>, seen: Partial<HouseholdForm>): Promise<WriteResult> => {
    if (idRef.current) return data.households.update(idRef.current, changes, seen);
    const created = await data.households.create(currentTeamId, { label: '', members: '', reportedBy: '', reportReason: '', ...changes });
    if (!created.ok) return created;
    idRef.current = created.id;
    setId(created.id);
    setSearchParam('id', created.id);
    return { ok: true };
  };
  const autosave = useAutosave<HouseholdForm>({
    schema: householdFormSchema,
    values,
    save,
    requiredBeforeSave: id ? [] : ['label'],
    draftKey: id ? `household:${id}` : undefined,
    stored: id
      ? syncedRecord(data, 'households', id, async () => {
          const stored = await data.read(reads.household(id));
          return stored && householdFormValues(stored);
        })
      : undefined,
  });

  // A household's own fields: its householdId is its id.
  const field = (name: keyof HouseholdForm) => ({
    autosave,
    name,
    record: id ? { householdId: id, table: 'households' as const, recordId: id, field: name } : null,
  });

  return (
    <form noValidate onSubmit={(event) => event.preventDefault()}>
      {!id && <p>{t.newIntro}</p>}
      <RecordTextField id="household-label" label={t.label} hint={t.labelHint} singleLine autoComplete="off" {...field('label')} />
      <RecordTextField id="household-members" label={t.members} hint={t.membersHint} {...field('members')} />
      <RecordTextField id="household-reported-by" label={t.reportedBy} hint={t.reportedByHint} singleLine {...field('reportedBy')} />
      <RecordTextField id="household-reason" label={t.reportReason} {...field('reportReason')} />
      <SaveIndicator status={autosave.status} waitingText={t.waitingForLabel} />
      {id && (
        <div className="button-row">
          <LinkButton to={paths.household(id)}>{t.openHousehold}</LinkButton>
        </div>
      )}
    </form>
  );
}
