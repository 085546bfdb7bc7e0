import { useState } from 'react';
import { Button, LinkButton, Page } from '../kit';
import { paths } from '../router';
import { todayIso } from '../format';
import { GoalCard } from './GoalCard';
import { NewGoalForm } from './NewGoalForm';
import { Regisseur } from './Regisseur';
import { usePlan } from './use-plan';
import { planTexts as t } from './texts';
import './plan.css';
import { HouseholdPending } from '../households/HouseholdPending';
import { TeamActions } from './TeamActions';

/** The household's plan (/huishouden/:id/plan): goals, actions, and the regisseur. */
export default function PlanScreen({ householdId }: { householdId: string }) {
  const plan = usePlan(householdId);
  const [adding, setAdding] = useState(false);
  const [creatingId, setCreatingId] = useState<string | null>(null);
  const [today] = useState(todayIso);
  const back = { to: paths.household(householdId), label: plan?.household?.label };

  if (!plan) return <HouseholdPending title={t.title} back={back} loading={t.loading} />;
  if (!plan.household) return <HouseholdPending title={t.title} back={back} loading={null} />;
  const active = plan.goals.filter((g) => g.status === 'actief' && g.id !== creatingId);
  const closed = plan.goals.filter((g) => g.status !== 'actief');
  const card = (goal: (typeof plan.goals)[number]) => (
    <li key={goal.id}>
      <GoalCard householdId={householdId} goal={goal} actions={plan.actions.filter((a) => a.goalId === goal.id)} people={plan.people} today={today} />
    </li>
  );
  return (
    <Page title={t.title} back={back}>
      <p>{t.intro}</p>
      <div className="button-row">
        <LinkButton variant="secondary" to={paths.printPlan(householdId)}>
          {t.print}
        </LinkButton>
        <LinkButton variant="secondary" to={paths.network(householdId)}>
          {t.toNetwork}
        </LinkButton>
      </div>
      <Regisseur householdId={householdId} handovers={plan.handovers} />
      <section className="section" aria-labelledby="goals-title">
        <h2 id="goals-title">{t.goalsHeading}</h2>
        {active.length === 0 && !adding && <p>{t.noGoals}</p>}
        <ul className="plain-list goal-list">{active.map(card)}</ul>
        {adding ? (
          <NewGoalForm
            householdId={householdId}
            onCreated={setCreatingId}
            onClose={() => {
              setAdding(false);
              setCreatingId(null);
            }}
          />
        ) : (
          <Button onClick={() => setAdding(true)}>{t.newGoal}</Button>
        )}
      </section>
      <TeamActions actions={plan.actions.filter((a) => !plan.goals.some((g) => g.id === a.goalId))} today={today} />
      {closed.length > 0 && (
        <details className="section">
          <summary>{t.earlierGoals}</summary>
          <ul className="plain-list goal-list">{closed.map(card)}</ul>
        </details>
      )}
    </Page>
  );
}
