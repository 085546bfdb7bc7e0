import type { InputHTMLAttributes, Ref } from 'react';
import { FieldMessage, describedBy } from '../kit';

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
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <FieldMessage id={id} hint={hint} error={error} />
      <input
        id={id}
        ref={ref}
        className="field__input field__input--line"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      />
    </div>
  );
}
