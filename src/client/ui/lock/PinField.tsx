import type { Ref } from 'react';
import { InputField } from '../auth/InputField';

export interface PinFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A PIN or passphrase: masked (the browser keeps password fields out of session restore), never
 * offered to a password manager, never corrected or capitalised.
 */
export function PinField({ onChange, ...props }: PinFieldProps) {
  return (
    <InputField
      {...props}
      type="password"
      autoComplete="off"
      autoCapitalize="none"
      autoCorrect="off"
      spellCheck={false}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
