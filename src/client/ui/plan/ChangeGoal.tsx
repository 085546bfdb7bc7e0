import { useState } from 'react';
import type { GoalView } from '../../db';
import { Button, TextAnswer, writeErrorText } from '../kit';
import { useServices } from '../services';
import { planTexts as t } from './texts';

/**
 * The resident says it differently now: the old words stay in the plan's history (status
 * "veranderd"), the new words become a goal of their own that names the old one.
 */
export function ChangeGoal({ householdId, goal }: { householdId: string; goal: GoalView }) {
  const { data } = useServices();
  const [words, setWords] = useState(goal.words);
  const [error, setError] = useState<string>();
  const id = `change-${goal.id}`;
  const submit = async () => {
    const changed = await data.plan.changeGoal(householdId, goal.id, words, goal.subdomainIds);
    setError(changed.ok ? undefined : writeErrorText(changed.errors[0]));
  };
  return (
    <details className="change-goal">
      <summary>{t.changeGoal}</summary>
      <TextAnswer id={id} label={t.changeGoalLabel} value={words} error={error} onChange={(event) => setWords(event.currentTarget.value)} />
      <Button onClick={() => void submit()}>{t.changeGoalSave}</Button>
    </details>
  );
}
