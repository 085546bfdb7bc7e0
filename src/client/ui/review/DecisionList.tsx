import { conflictingDecisions } from '../../../domain';
import type { DecisionView } from '../../db';
import { formatDate } from '../format';
import { decisionTexts as t } from './texts';

function DecisionCard({ decision: d }: { decision: DecisionView }) {
  return (
    <div className="card decision-card">
      <p className="card__title">{t.inMeeting(formatDate(d.meetingOn))}</p>
      <p className="decision-card__agreed">{d.agreed}</p>
      {(d.nextStepBy || d.dueDate) && (
        <p className="meta-line">{[d.nextStepBy && t.nextStep(d.nextStepBy), d.dueDate && t.due(formatDate(d.dueDate))].filter(Boolean).join(', ')}</p>
      )}
      {d.newRegisseur && <p className="meta-line">{t.newRegisseurNamed(d.newRegisseur)}</p>}
      {d.todoFor && d.todoText && (
        <p className="meta-line">
          {t.todoFor_(d.todoFor, d.todoText)} ·{' '}
          <strong data-testid="todo-state">{d.todoDone ? t.todoDone(d.todoDoneOn && formatDate(d.todoDoneOn)) : t.todoOpen}</strong>
        </p>
      )}
    </div>
  );
}

/**
 * The kernteam's decisions in a household's timeline, newest meeting first. Two decisions taken
 * in one meeting on different devices are both kept; they are shown together with a notice.
 */
export function DecisionList({ decisions }: { decisions: readonly DecisionView[] }) {
  const contested = new Set(conflictingDecisions(decisions).flat().map((d) => d.id));
  return (
    <section className="section" aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t.listTitle}</h2>
      {decisions.length === 0 && <p>{t.none}</p>}
      {contested.size > 0 && (
        <p className="notice" role="note">
          {t.conflict}
        </p>
      )}
      <ol className="plain-list">
        {decisions.map((d) => (
          <li key={d.id} className={contested.has(d.id) ? 'decision--contested' : undefined}>
            <DecisionCard decision={d} />
          </li>
        ))}
      </ol>
    </section>
  );
}
