import type { ReactNode } from 'react';
import { FieldMessage, describedBy } from './FieldMessage';

export interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/** The frame of every labelled control: label, hint and error, so all read out alike. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <FieldMessage id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** The attributes that tie a control to its hint and error. */
export function fieldAria(id: string, error?: string, hint?: string) {
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, error, hint) } as const;
}
