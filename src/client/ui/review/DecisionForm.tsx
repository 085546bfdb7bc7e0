import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import { decisionAgreedSchema, teamDecisionFields } from '../../../domain';
import type { HandoverView } from '../../db';
import { Button, Field, fieldAria, TextAnswer, writeErrorText } from '../kit';
import { useServices, useSession } from '../services';
import { formatDate, todayIso } from '../format';
import { decisionTexts as t } from './texts';

const text = (name: keyof typeof teamDecisionFields) => teamDecisionFields[name].schema as z.ZodMiniString<string>;

const schema = z
  .object({
    agreed: decisionAgreedSchema,
    nextStepBy: text('nextStepBy'),
    dueDate: z.string(),
    newRegisseur: text('newRegisseur'),
    // zod/mini has no (English) default texts on the client: every rule a person can break names its message.
    todoFor: z.string().check(z.trim(), z.maxLength(64, t.todoForTooLong)),
    todoText: text('todoText'),
  })
  .check(z.refine((f) => (f.todoFor.trim() === '') === (f.todoText.trim() === ''), { message: t.todoNeedsBoth, path: ['todoFor'] }));
type DecisionForm = z.infer<typeof schema>;

const empty: DecisionForm = { agreed: '', nextStepBy: '', dueDate: '', newRegisseur: '', todoFor: '', todoText: '' };

/**
 * The team's decision on one household. Unlike a note it is recorded on purpose, with one tap,
 * because it does several things at once: it lands in the timeline, puts an action in the plan,
 * may hand over the regisseur and sends a to-do to a colleague. Until then nothing is lost: the
 * form keeps what was typed, and a refusal says what to change.
 */
export function DecisionFormCard({ householdId, handovers, onSaved }: { householdId: string; handovers: readonly HandoverView[]; onSaved?: () => void }) {
  const { data } = useServices();
  const session = useSession();
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<DecisionForm>({ resolver: zodResolver(schema), defaultValues: empty });
  const { errors } = form.formState;
  const meetingOn = todayIso();

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    const result = await data.decisions.record(
      householdId,
      {
        meetingOn,
        agreed: values.agreed,
        nextStepBy: values.nextStepBy,
        dueDate: values.dueDate || null,
        newRegisseur: values.newRegisseur,
        byName: session.user.displayName,
        todoFor: values.todoFor || null,
        todoText: values.todoText,
      },
      handovers,
    );
    if (!result.ok) {
      setFailure(writeErrorText(result.errors[0]) ?? '');
      return;
    }
    form.reset(empty);
    setSaved(true);
    onSaved?.();
  });

  const line = (name: 'nextStepBy' | 'newRegisseur' | 'todoFor', label: string, hint?: string) => (
    <TextAnswer id={`decision-${name}`} label={label} hint={hint} error={errors[name]?.message} singleLine {...form.register(name)} />
  );

  return (
    <form className="card decision-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="decision-form-title">
      <h3 id="decision-form-title">{t.title}</h3>
      <p className="meta-line">{t.inMeeting(formatDate(meetingOn))}</p>
      <TextAnswer id="decision-agreed" label={t.agreed} error={errors.agreed?.message} {...form.register('agreed', { onChange: () => setSaved(false) })} />
      {line('nextStepBy', t.nextStepBy)}
      <Field id="decision-due" label={t.dueDate} hint={t.dueHint}>
        <input id="decision-due" type="date" className="field__input" autoComplete="off" {...fieldAria('decision-due', undefined, t.dueHint)} {...form.register('dueDate')} />
      </Field>
      {line('newRegisseur', t.newRegisseur, t.newRegisseurHint)}
      {line('todoFor', t.todoFor, t.todoForHint)}
      <TextAnswer id="decision-todoText" label={t.todoText} error={errors.todoText?.message} {...form.register('todoText')} />
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <div className="button-row">
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t.save}
        </Button>
      </div>
      <p role="status">{saved ? t.saved : ''}</p>
    </form>
  );
}
