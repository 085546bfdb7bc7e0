import { memo } from 'react';
import { outcomeLabels } from '../../../content';
import { relationshipLabel } from '../../../content/gesprekshulp/relatietype';
import type { HouseholdListItem } from '../../db';
import { formatDate } from '../format';
import { Link, paths } from '../router';
import { reviewTexts as t } from './texts';

/** What the team should see at a glance, most urgent first; empty parts are left out. */
function flagsOf(h: HouseholdListItem): string[] {
  const flags: (string | false)[] = [
    h.crisis && t.crisis,
    h.overdue && t.overdue,
    h.newReport && t.newReport,
    h.conflictCount > 0 && t.twoVersions,
    h.conflictingDecisionDays.length > 0 && t.twoDecisions,
    h.regisseurContested && t.regisseurContested,
  ];
  return flags.filter((f): f is string => typeof f === 'string');
}

function planLine(h: HouseholdListItem): string {
  return [
    h.openActionCount > 0 && t.openActions(h.openActionCount),
    h.overdueActionCount > 0 && t.overdueActions(h.overdueActionCount),
    h.dueThisWeek > 0 && t.dueThisWeek(h.dueThisWeek),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One household of the kernteam's review, from its summary alone. */
export const ReviewRow = memo(function ReviewRow({
  household: h,
  chosen,
  onToggle,
  summaryOnly = false,
}: {
  household: HouseholdListItem;
  chosen: boolean;
  onToggle: (id: string) => void;
  /** In the meeting: the facts without the title, the link and the choice. */
  summaryOnly?: boolean;
}) {
  const flags = flagsOf(h);
  const plan = planLine(h);
  const todos = t.todos(h.todosOpen, h.todosDone);
  const facts = (
    <>
      {flags.length > 0 && <span className="card__meta card__flags">{flags.join(' · ')}</span>}
      <span className="card__meta">{h.regisseur ? t.regisseurOf(h.regisseur) : t.noRegisseurYet}</span>
      <span className="card__meta">
        {h.lastContact
          ? t.lastContact(formatDate(h.lastContact.startedAt), h.lastContact.outcome ? outcomeLabels[h.lastContact.outcome] : null)
          : t.noContact}
        {h.noContactDays !== null && ` · ${t.daysWithout(h.noContactDays)}`}
      </span>
      {plan && <span className="card__meta">{plan}</span>}
      {(h.relationshipType || todos) && (
        <span className="card__meta">{[h.relationshipType && t.relationship(relationshipLabel(h.relationshipType)), todos].filter(Boolean).join(' · ')}</span>
      )}
    </>
  );
  if (summaryOnly) return <div className="card review-facts">{facts}</div>;
  return (
    <div className={`review-row${h.crisis ? ' review-row--crisis' : h.overdue ? ' review-row--overdue' : ''}`}>
      <Link className="card review-row__card" to={paths.household(h.id)}>
        <span className="card__title">{h.label}</span>
        {facts}
      </Link>
      <button type="button" className="button button--secondary review-row__choose" aria-pressed={chosen} aria-label={t.chooseFor(h.label)} onClick={() => onToggle(h.id)}>
        {chosen ? t.chosenForToday : t.chooseForToday}
      </button>
    </div>
  );
});
