import type { PlanActionView } from '../../db';
import { ActionSummary } from './ActionSummary';
import { planTexts as t } from './texts';

/** Actions the kernteam's decisions put in the plan: under no goal, attributed to the meeting. */
export function TeamActions({ actions, today }: { actions: readonly PlanActionView[]; today: string }) {
  if (actions.length === 0) return null;
  return (
    <section className="section" aria-labelledby="team-actions-title">
      <h2 id="team-actions-title">{t.teamActionsHeading}</h2>
      <p>{t.teamActionsIntro}</p>
      <ul className="plain-list">
        {actions.map((a) => (
          <li key={a.id} className="card">
            <ActionSummary action={a} today={today} />
          </li>
        ))}
      </ul>
    </section>
  );
}
