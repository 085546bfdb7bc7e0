import { stepsFor } from '../../../content';
import type { ContactView } from '../../db';
import { formatDate, todayIso } from '../format';
import { Link, paths } from '../router';
import { timelineTexts as t } from './texts';
import { openItems } from './open-questions';
import { planStepId } from '../contact/steps';

/** Unanswered steps of the latest conversation and planning dates that passed, with a way there. */
export function OpenQuestions({ householdId, contacts }: { householdId: string; contacts: readonly ContactView[] }) {
  const items = openItems(contacts, todayIso());
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return (
    <section className="section" aria-labelledby="open-title">
      <h2 id="open-title">{t.openQuestions}</h2>
      {items.length === 0 && <p>{t.noOpenQuestions}</p>}
      <ul className="plain-list touch-links">
        {items.map((item) => {
          const contactPath = paths.contact(householdId, item.contactId);
          const channel = byId.get(item.contactId)!.channel;
          if (item.kind === 'plan-passed') {
            return (
              <li key={`plan-${item.contactId}`} className="notice notice--warning">
                <Link to={`${contactPath}?stap=${planStepId(channel) ?? ''}`}>{t.planPassed(formatDate(item.planDate))}</Link>
              </li>
            );
          }
          const titles = new Map(stepsFor(channel).map((s) => [s.id, s.title]));
          return (
            <li key={`steps-${item.contactId}`} className="notice">
              <p>{t.unanswered(item.stepIds.length, formatDate(item.startedAt))}</p>
              <ul className="touch-links">
                {item.stepIds.map((stepId) => (
                  <li key={stepId}>
                    <Link to={`${contactPath}?stap=${stepId}`}>{titles.get(stepId)}</Link>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
