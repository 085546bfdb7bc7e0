import { useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import {
  actionStatusLabels,
  actorLabels,
  careLabels,
  planningWords,
  reachLabels,
  supportLevelLabels,
} from '../../../content';
import { actionStatuses, actorKinds, careKinds, defaultCare, monitorProblem, reachKinds, supportLevels, type ActorKind, type Fields } from '../../../domain';
import type { NetworkPersonView, NewAction, PlanActionView, WriteResult } from '../../db';
import { Button, ChoiceButtons, FieldMessage, SaveIndicator, TextAnswer, describedBy, useAutosave } from '../kit';
import { useServices } from '../services';
import { todayIso } from '../format';
import { actionFormSchema, actionFormValues, newActionValues, toActionChanges, type ActionForm } from './action-form';
import { planTexts as t } from './texts';

const choices = <V extends string>(values: readonly V[], labels: Record<V, string>) => values.map((value) => ({ value, label: labels[value] }));

interface Props {
  householdId: string;
  goalId: string;
  /** The stored action, or null for a new one (created as soon as it says what will happen). */
  action: PlanActionView | null;
  people: readonly NetworkPersonView[];
  initialWhoKind?: ActorKind;
  onClose: () => void;
}

/** One action of the plan, autosaved: who does what by when, who monitors it, and the ladder. */
export function ActionEditor({ householdId, goalId, action, people, initialWhoKind, onClose }: Props) {
  const { data } = useServices();
  const idRef = useRef(action?.id ?? null);
  const [id, setId] = useState(action?.id ?? null);
  const [today] = useState(() => action?.createdOn || todayIso());
  const prefix = `action-${id ?? `new-${goalId}`}`;

  const save = async (changes: Partial<ActionForm>, seen: Partial<ActionForm>): Promise<WriteResult> => {
    const values = autosave.form.getValues();
    // The date and who monitors it are checked together ("wie gaat dat bewaken?").
    const together = 'dueDate' in changes || 'monitor' in changes ? { dueDate: values.dueDate, monitor: values.monitor } : {};
    if (idRef.current) return data.plan.updateAction(idRef.current, toActionChanges({ ...changes, ...together }), toActionChanges(seen) as Fields);
    const fields = toActionChanges({ ...values, ...changes });
    const created = await data.plan.addAction(householdId, goalId, fields as NewAction);
    if (!created.ok) return created;
    idRef.current = created.id;
    setId(created.id);
    return { ok: true };
  };
  const autosave = useAutosave<ActionForm>({
    schema: actionFormSchema,
    values: action ? actionFormValues(action) : newActionValues(today, initialWhoKind),
    save,
    requiredBeforeSave: id ? [] : ['what'],
    draftKey: id ? `action:${id}` : undefined,
  });
  const values = useWatch({ control: autosave.form.control }) as ActionForm;
  const monitorMessage = monitorProblem({ createdOn: today, dueDate: values.dueDate || null, monitor: values.monitor ?? '' });
  const showMonitor = Boolean(monitorMessage) || Boolean(values.monitor);
  const chooseWho = (kind: ActorKind) => {
    autosave.choose('whoKind', kind);
    autosave.choose('care', defaultCare(kind));
  };
  const choosePerson = (personId: string) => {
    const person = people.find((p) => p.id === personId);
    autosave.choose('whoPersonId', personId);
    if (person) autosave.choose('whoName', person.name);
  };

  return (
    <form className="action-editor" noValidate onSubmit={(event) => event.preventDefault()}>
      <TextAnswer id={`${prefix}-what`} label={t.what} error={autosave.error('what')} {...autosave.text('what')} />
      <ChoiceButtons
        id={`${prefix}-who`}
        legend={t.who}
        choices={choices(actorKinds, actorLabels)}
        value={values.whoKind as ActorKind}
        onChoose={chooseWho}
      />
      {values.whoKind !== 'bewoner' && people.length > 0 && (
        <div className="field">
          <label htmlFor={`${prefix}-person`} className="field__label">
            {t.whoPerson}
          </label>
          <select
            id={`${prefix}-person`}
            className="field__input"
            value={values.whoPersonId}
            onChange={(event) => choosePerson(event.currentTarget.value)}
          >
            <option value="">{t.whoPersonNone}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {values.whoKind !== 'bewoner' && !values.whoPersonId && (
        <TextAnswer id={`${prefix}-who-name`} label={t.whoName} hint={t.whoNameHint} singleLine error={autosave.error('whoName')} {...autosave.text('whoName')} />
      )}
      <div className={`field${autosave.error('dueDate') ? ' field--invalid' : ''}`}>
        <label htmlFor={`${prefix}-due`} className="field__label">
          {t.dueDate}
        </label>
        <FieldMessage id={`${prefix}-due`} hint={planningWords.term} error={autosave.error('dueDate')} />
        <input id={`${prefix}-due`} type="date" className="field__input" aria-describedby={describedBy(`${prefix}-due`, undefined, planningWords.term)} {...autosave.text('dueDate')} />
      </div>
      {showMonitor && (
        <TextAnswer
          id={`${prefix}-monitor`}
          label={planningWords.monitor}
          hint={t.monitorHint}
          singleLine
          error={monitorMessage ?? autosave.error('monitor')}
          {...autosave.text('monitor')}
        />
      )}
      <ChoiceButtons
        id={`${prefix}-level`}
        legend={t.supportLevel}
        choices={choices(supportLevels, supportLevelLabels)}
        value={values.supportLevel || undefined}
        onChoose={(v) => autosave.choose('supportLevel', v)}
      />
      <ChoiceButtons id={`${prefix}-care`} legend={t.care} choices={choices(careKinds, careLabels)} value={values.care} onChoose={(v) => autosave.choose('care', v)} />
      <ChoiceButtons id={`${prefix}-reach`} legend={t.reach} choices={choices(reachKinds, reachLabels)} value={values.reach} onChoose={(v) => autosave.choose('reach', v)} />
      {id && (
        <>
          <ChoiceButtons
            id={`${prefix}-status`}
            legend={t.status}
            choices={choices(actionStatuses, actionStatusLabels)}
            value={values.status}
            onChoose={(v) => autosave.choose('status', v)}
          />
          <TextAnswer id={`${prefix}-feedback`} label={t.feedback} error={autosave.error('feedback')} {...autosave.text('feedback')} />
        </>
      )}
      <SaveIndicator status={autosave.status} waitingText={t.whatWaiting} />
      <div className="button-row">
        <Button variant="secondary" onClick={() => void autosave.flush().then(onClose)}>
          {t.close}
        </Button>
      </div>
    </form>
  );
}
