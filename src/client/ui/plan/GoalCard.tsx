import { useState } from 'react';
import { findSubdomain, goalStatusLabels } from '../../../content';
import { compareByMethod, shouldNudge, type ActorKind } from '../../../domain';
import type { GoalView, NetworkPersonView, PlanActionView } from '../../db';
import { Button, ChoiceButtons } from '../kit';
import { useServices } from '../services';
import { ActionEditor } from './ActionEditor';
import { ActionSummary } from './ActionSummary';
import { ChangeGoal } from './ChangeGoal';
import { Nudge } from './Nudge';
import { SubdomainChecks } from './SubdomainChecks';
import { planTexts as t } from './texts';

interface Props {
  householdId: string;
  goal: GoalView;
  actions: readonly PlanActionView[];
  people: readonly NetworkPersonView[];
  today: string;
}

type Editing = { id: string | null; whoKind?: ActorKind } | null;

const settableStatuses = (['actief', 'bereikt', 'losgelaten'] as const).map((value) => ({ value, label: goalStatusLabels[value] }));

/** A goal in the resident's words with its actions, in the method's order (own and network first). */
export function GoalCard({ householdId, goal, actions, people, today }: Props) {
  const { data } = useServices();
  const [editing, setEditing] = useState<Editing>(null);
  const ordered = [...actions].sort(compareByMethod);
  const heavy = actions.find((a) => shouldNudge(a, actions.filter((other) => other !== a), goal.nudgeAsked));
  const titleId = `goal-${goal.id}`;
  const subdomains = goal.subdomainIds.map((id) => findSubdomain(id)?.title ?? id);

  return (
    <article className="card goal" aria-labelledby={titleId}>
      <blockquote id={titleId} className="goal__words">
        {goal.words}
      </blockquote>
      {subdomains.length > 0 && <p className="meta-line">{subdomains.join(' · ')}</p>}
      <SubdomainChecks goalId={goal.id} checked={goal.subdomainIds} />
      <ChoiceButtons
        id={`${titleId}-status`}
        legend={t.goalStatus}
        choices={settableStatuses}
        value={goal.status === 'veranderd' ? undefined : goal.status}
        onChoose={(status) => void data.plan.updateGoal(goal.id, { status })}
      />
      <ChangeGoal householdId={householdId} goal={goal} />
      <h3>{t.actionsHeading}</h3>
      {ordered.length === 0 && <p>{t.noActions}</p>}
      <ul className="plain-list action-list">
        {ordered.map((action) => (
          <li key={action.id}>
            {editing?.id === action.id ? (
              <ActionEditor householdId={householdId} goalId={goal.id} action={action} people={people} onClose={() => setEditing(null)} />
            ) : (
              <>
                <ActionSummary action={action} today={today} />
                <Button variant="quiet" aria-label={`${t.edit}: ${action.what}`} onClick={() => setEditing({ id: action.id })}>
                  {t.edit}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      {heavy && (
        <Nudge
          id={`${titleId}-nudge`}
          onAddOwn={() => {
            void data.plan.markNudgeAsked(goal.id);
            setEditing({ id: null, whoKind: 'bewoner' });
          }}
          onGoOn={() => void data.plan.markNudgeAsked(goal.id)}
        />
      )}
      {editing?.id === null ? (
        <ActionEditor
          key={editing.whoKind ?? 'new'}
          householdId={householdId}
          goalId={goal.id}
          action={null}
          people={people}
          initialWhoKind={editing.whoKind}
          onClose={() => setEditing(null)}
        />
      ) : (
        <Button variant="secondary" onClick={() => setEditing({ id: null })}>
          {t.addAction}
        </Button>
      )}
    </article>
  );
}
