import { planTermStatus } from '../../../domain';
import { FieldMessage, describedBy } from '../kit';
import type { Autosave, FormValues } from '../kit';
import { contactTexts as t } from '../texts';
import { PLAN_DATE } from './step-form';

interface Props {
  id: string;
  label: string;
  autosave: Autosave<FormValues>;
  startedAt: string;
  /** The field of "Wie gaat dat bewaken?", where a late or past term points to. */
  guardFieldId?: string;
}

/** The planning term as a date, with the method's two-week rule said right under it. */
export function PlanDateField({ id, label, autosave, startedAt, guardFieldId }: Props) {
  const value = autosave.form.watch(PLAN_DATE);
  const error = autosave.error(PLAN_DATE);
  const status = value && !error ? planTermStatus(startedAt, value) : 'ok';
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <FieldMessage id={id} hint={t.planDateHint} error={error} />
      <input
        id={id}
        type="date"
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, t.planDateHint)}
        {...autosave.text(PLAN_DATE)}
      />
      {status !== 'ok' && (
        <div className="notice notice--warning" role="status">
          <p>{status === 'too-late' ? t.planTooLate : t.planInPast}</p>
          {guardFieldId && (
            <a href={`#${guardFieldId}`} onClick={(event) => focusField(event, guardFieldId)}>
              {t.toGuardQuestion}
            </a>
          )}
        </div>
      )}
    </div>
  );
}

function focusField(event: React.MouseEvent, id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView?.({ block: 'center' });
}
