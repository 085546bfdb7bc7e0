import { useWatch } from 'react-hook-form';
import { scaleQuestions, type ScoreField } from '../../../content';
import { ChoiceButtons, type Autosave, type Choice } from '../kit';
import type { MapFormValues } from './form-values';
import { mapTexts } from './texts';

// 1 to 10 and "no score yet": other values cannot be chosen (and the form's schema refuses them).
const choices: readonly Choice<string>[] = [
  ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
  { value: '', label: mapTexts.noScore },
];

export function ScoreChoice(props: { subdomainId: string; subdomainTitle: string; field: ScoreField; autosave: Autosave<MapFormValues> }) {
  const { subdomainId, subdomainTitle, field, autosave } = props;
  const value = useWatch({ control: autosave.form.control, name: field });
  const question = scaleQuestions.find((q) => q.field === field);
  return (
    <div className="score-scale">
      <ChoiceButtons
        id={`${subdomainId}-${field}`}
        legend={
          <>
            {question?.label}
            <span className="visually-hidden">, {subdomainTitle}</span>
          </>
        }
        hint={question?.text}
        choices={choices}
        value={value}
        onChoose={(value) => autosave.choose(field, value)}
        error={autosave.error(field)}
      />
    </div>
  );
}
