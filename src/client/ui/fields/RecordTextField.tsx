import type { TableName } from '../../../domain';
import { TwoVersions } from '../conflicts';
import { TextAnswer, type Autosave, type FormValues, type TextAnswerProps } from '../kit';

export interface RecordTextFieldProps<T extends FormValues> extends Omit<TextAnswerProps, 'error' | 'label'> {
  autosave: Autosave<T>;
  name: keyof T & string;
  label: string;
  /** The stored field behind this form field, so "twee versies" of it show right above it. */
  record: { householdId: string; table: TableName; recordId: string; field: string } | null;
}

/** An autosaved text of a record, with the other version when two devices wrote it at once. */
export function RecordTextField<T extends FormValues>({ autosave, name, label, record, ...rest }: RecordTextFieldProps<T>) {
  const current = autosave.form.watch()[name] ?? '';
  return (
    <>
      {record && (
        <TwoVersions
          {...record}
          fieldLabel={label}
          current={current}
          beforeResolve={autosave.flush}
          onResolved={(text) => autosave.form.setValue(name as never, text as never)}
        />
      )}
      <TextAnswer label={label} error={autosave.error(name)} {...rest} {...autosave.text(name)} />
    </>
  );
}
