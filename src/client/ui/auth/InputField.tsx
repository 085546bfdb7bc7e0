import type { InputHTMLAttributes, Ref } from 'react';
import { Field, fieldAria } from '../kit/Field';

export interface InputFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/** A labelled one-line input with its hint and error read out with it. */
export function InputField({ id, label, hint, error, ref, ...input }: InputFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input id={id} ref={ref} className="field__input field__input--line" {...fieldAria(id, error, hint)} {...input} />
    </Field>
  );
}
