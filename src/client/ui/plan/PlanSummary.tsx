import { isOverdue, isOwnOrNetwork, regisseurOf } from '../../../domain';
import { reads, useRead } from '../live';
import { LinkButton } from '../kit';
import { paths } from '../router';
import { todayIso } from '../format';
import { planTexts as t, regisseurTexts } from './texts';
import './badge.css';

/** On the household page: the regisseur, how much of the plan is open, and what is over time. */
export function PlanSummary({ householdId }: { householdId: string }) {
  const goals = useRead(reads.goals(householdId));
  const actions = useRead(reads.planActions(householdId));
  const handovers = useRead(reads.handovers(householdId));
  if (!goals || !actions || !handovers) return null;
  const today = todayIso();
  const active = goals.filter((g) => g.status === 'actief');
  // Actions of an active goal, and those a kernteam decision put in the plan (no goal of their own).
  const open = actions.filter((a) => a.status === 'open' && (active.some((g) => g.id === a.goalId) || !goals.some((g) => g.id === a.goalId)));
  const overdue = open.filter((a) => isOverdue(a, today));
  const regisseur = regisseurOf(handovers).current;
  // The method compliments what went well: what the resident or the network did themselves.
  const doneOwn = actions.filter((a) => a.status === 'gedaan' && isOwnOrNetwork(a));
  return (
    <section className="section" aria-labelledby="plan-summary-title">
      <h2 id="plan-summary-title">{t.title}</h2>
      <p>{regisseur ? regisseurTexts.current(regisseur.toName) : regisseurTexts.none}</p>
      <p>{active.length ? t.planSummary(active.length, open.length) : t.noPlan}</p>
      {overdue.length > 0 && (
        <p className="badge badge--overdue" role="status">
          {t.overdueCount(overdue.length)}
        </p>
      )}
      {doneOwn.length > 0 && (
        <div className="notice notice--success">
          <p>{t.doneCelebrationHeading}</p>
          <ul>
            {doneOwn.map((a) => (
              <li key={a.id}>{a.what}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <LinkButton variant="secondary" to={paths.plan(householdId)}>
          {t.toPlan}
        </LinkButton>
        <LinkButton variant="secondary" to={paths.network(householdId)}>
          {t.toNetwork}
        </LinkButton>
        <LinkButton variant="secondary" to={paths.progress(householdId)}>
          {t.toProgress}
        </LinkButton>
      </div>
    </section>
  );
}
