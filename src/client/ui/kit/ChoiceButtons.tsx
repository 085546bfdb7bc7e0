import type { ReactNode } from 'react';
import { FieldMessage, describedBy } from './FieldMessage';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

export interface ChoiceButtonsProps<V extends string> {
  id: string;
  legend: ReactNode;
  choices: readonly Choice<V>[];
  value: V | undefined;
  onChoose: (value: V) => void;
  error?: string;
  hint?: string;
}

/** Large radio buttons: one tap chooses (and, with autosave, stores) an answer. */
export function ChoiceButtons<V extends string>({ id, legend, choices, value, onChoose, error, hint }: ChoiceButtonsProps<V>) {
  return (
    <fieldset
      className="choices"
      aria-describedby={describedBy(id, error, hint)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="choices__legend">{legend}</legend>
      <FieldMessage id={id} hint={hint} error={error} />
      <div className="choices__options">
        {choices.map((choice) => (
          <label key={choice.value} className="choices__option">
            <input
              type="radio"
              name={id}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChoose(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
