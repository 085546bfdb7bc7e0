import { useRef, useState } from 'react';
import * as z from 'zod/mini';
import { goalWordsSchema } from '../../../domain';
import type { WriteResult } from '../../db';
import { Button, SaveIndicator, TextAnswer, useAutosave } from '../kit';
import { useServices } from '../services';
import { planTexts as t } from './texts';

const schema = z.object({ words: goalWordsSchema });
type GoalForm = z.infer<typeof schema>;

/** A new goal, stored as soon as it has the resident's words; typing on changes those words. */
export function NewGoalForm({ householdId, onCreated, onClose }: { householdId: string; onCreated: (id: string) => void; onClose: () => void }) {
  const { data } = useServices();
  const idRef = useRef<string | null>(null);
  const [created, setCreated] = useState(false);
  const save = async (changes: Partial<GoalForm>, seen: Partial<GoalForm>): Promise<WriteResult> => {
    if (idRef.current) return data.plan.updateGoal(idRef.current, changes, seen);
    const added = await data.plan.addGoal(householdId, changes.words ?? '');
    if (!added.ok) return added;
    idRef.current = added.id;
    setCreated(true);
    onCreated(added.id);
    return { ok: true };
  };
  const autosave = useAutosave<GoalForm>({ schema, values: { words: '' }, save, requiredBeforeSave: ['words'] });
  return (
    <form className="card new-goal" noValidate onSubmit={(event) => event.preventDefault()}>
      <TextAnswer id="new-goal-words" label={t.goalWords} hint={t.goalWordsHint} error={autosave.error('words')} {...autosave.text('words')} />
      <SaveIndicator status={autosave.status} />
      {created && <p>{t.goalSaved}</p>}
      <div className="button-row">
        <Button variant="secondary" onClick={() => void autosave.flush().then(onClose)}>
          {t.close}
        </Button>
      </div>
    </form>
  );
}
