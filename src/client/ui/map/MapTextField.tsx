import { useWatch } from 'react-hook-form';
import { mapEntryId, type MapTextField as Field } from '../../../domain';
import { TwoVersions } from '../conflicts';
import { TextAnswer, type Autosave } from '../kit';
import type { MapFormValues } from './form-values';

/** One of the four questions as an autosaved text, with "twee versies" above it when there are. */
export function MapTextField(props: { householdId: string; subdomainId: string; field: Field; label: string; autosave: Autosave<MapFormValues> }) {
  const { householdId, subdomainId, field, label, autosave } = props;
  const current = useWatch({ control: autosave.form.control, name: field });
  return (
    <>
      <TwoVersions
        householdId={householdId}
        table="mapEntries"
        recordId={mapEntryId(householdId, subdomainId)}
        field={field}
        fieldLabel={label}
        current={current}
        beforeResolve={autosave.flush}
        onResolved={(text) => autosave.form.setValue(field, text)}
      />
      <TextAnswer id={`${subdomainId}-${field}`} label={label} error={autosave.error(field)} {...autosave.text(field)} />
    </>
  );
}
