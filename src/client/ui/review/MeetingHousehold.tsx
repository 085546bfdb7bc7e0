import { channelLabels, outcomeLabels } from '../../../content';
import type { HouseholdListItem } from '../../db';
import { reads, useRead } from '../live';
import { LinkButton } from '../kit';
import { paths } from '../router';
import { formatDate } from '../format';
import { ActionSummary } from '../plan/ActionSummary';
import { DecisionFormCard } from './DecisionForm';
import { DecisionList } from './DecisionList';
import { MeetingScores } from './MeetingScores';
import { ReviewRow } from './ReviewRow';
import { reviewTexts as t } from './texts';

const LAST_CONTACTS = 3;

/** One household in the meeting: its summary, scores over time, plan, last contacts, decisions. */
export function MeetingHousehold({ item, today }: { item: HouseholdListItem; today: string }) {
  const id = item.id;
  const contacts = useRead(reads.contacts(id));
  const actions = useRead(reads.planActions(id));
  const goals = useRead(reads.goals(id));
  const moments = useRead(reads.mapMoments(id));
  const entries = useRead(reads.mapEntries(id));
  const handovers = useRead(reads.handovers(id));
  const decisions = useRead(reads.decisions(id));
  if (!contacts || !actions || !goals || !moments || !entries || !handovers || !decisions) return <p role="status">{t.loading}</p>;
  const active = new Set(goals.filter((g) => g.status === 'actief').map((g) => g.id));
  const fromDecisions = new Set(decisions.map((d) => d.id));
  const open = actions.filter((a) => a.status === 'open' && (active.has(a.goalId) || fromDecisions.has(a.goalId)));
  return (
    <article className="meeting-household" aria-labelledby="meeting-household-title">
      <h2 id="meeting-household-title" className="meeting-household__title">
        {item.label}
      </h2>
      <ReviewRow household={item} chosen onToggle={() => undefined} summaryOnly />
      <div className="meeting-grid">
        <MeetingScores moments={moments} entries={entries} today={today} />
        <section className="section" aria-labelledby="meeting-plan-title">
          <h2 id="meeting-plan-title">{t.planTitle}</h2>
          <ul className="plain-list">
            {open.map((a) => (
              <li key={a.id} className="card">
                <ActionSummary action={a} today={today} />
              </li>
            ))}
          </ul>
          <LinkButton variant="secondary" to={paths.plan(id)}>
            {t.planTitle}
          </LinkButton>
        </section>
        <section className="section" aria-labelledby="meeting-contacts-title">
          <h2 id="meeting-contacts-title">{t.contactsTitle}</h2>
          {contacts.length === 0 && <p>{t.noContacts}</p>}
          <ul className="plain-list">
            {contacts
              .filter((c) => !c.untouched)
              .slice(0, LAST_CONTACTS)
              .map((c) => (
                <li key={c.id} className="card">
                  <span className="card__title">{formatDate(c.startedAt)}</span>
                  <span className="card__meta">
                    {channelLabels[c.channel]}
                    {c.outcome && ` · ${outcomeLabels[c.outcome]}`}
                  </span>
                  {c.note && <span className="card__meta">{c.note}</span>}
                </li>
              ))}
          </ul>
        </section>
      </div>
      <DecisionList decisions={decisions} />
      <DecisionFormCard householdId={id} handovers={handovers} />
    </article>
  );
}
