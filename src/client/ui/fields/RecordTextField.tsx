import { useWatch, type Path } from 'react-hook-form';
import type { TableName } from '../../../domain';
import { TwoVersions } from '../conflicts';
import { NewerVersionNote, TextAnswer, type Autosave, type FormValues, type TextAnswerProps } from '../kit';

type RecordRef = { householdId: string; table: TableName; recordId: string; field: string };

export interface RecordTextFieldProps<T extends FormValues> extends Omit<TextAnswerProps, 'error' | 'label'> {
  autosave: Autosave<T>;
  name: keyof T & string;
  label: string;
  /** The stored field behind this form field, so "twee versies" of it show right with it. */
  record: RecordRef | null;
}

/**
 * An autosaved text of a record, with the other version when two devices wrote it at once, and a
 * note when a newer text waits until the person leaves the field.
 */
export function RecordTextField<T extends FormValues>({ autosave, name, label, record, ...rest }: RecordTextFieldProps<T>) {
  return (
    // The notice follows its own question: above it, it would read as part of the previous field.
    <div className="record-text-field">
      <TextAnswer label={label} error={autosave.error(name)} {...rest} {...autosave.text(name)} />
      <NewerVersionNote autosave={autosave} name={name} id={rest.id} />
      {record && <FieldTwoVersions autosave={autosave} name={name} label={label} record={record} />}
    </div>
  );
}

/**
 * Watches only its own field, so typing re-renders this small part and not the whole form
 * (a form-wide watch would re-render every question on every keystroke).
 */
function FieldTwoVersions<T extends FormValues>({ autosave, name, label, record }: { autosave: Autosave<T>; name: keyof T & string; label: string; record: RecordRef }) {
  const { form } = autosave;
  const current: string = useWatch({ control: form.control, name: name as Path<T> }) ?? '';
  return (
    <TwoVersions
      {...record}
      fieldLabel={label}
      current={current}
      beforeResolve={autosave.flush}
      onResolved={(text) => autosave.showStored(name, text)}
    />
  );
}
