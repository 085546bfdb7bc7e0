import { actionStatusLabels, actorLabels, supportLevelLabels } from '../../../content';
import { isOverdue, isOwnOrNetwork } from '../../../domain';
import type { PlanActionView } from '../../db';
import { formatDate } from '../format';
import { planTexts as t } from './texts';
import './badge.css';

/** Who is doing it, as a person reads it: the name if there is one, else the kind. */
export const whoOf = (action: PlanActionView) => (action.whoKind === 'bewoner' ? actorLabels.bewoner : action.whoName || actorLabels[action.whoKind]);

/** One action as a short read-out: what, who, by when, and whether it is over time. */
export function ActionSummary({ action, today }: { action: PlanActionView; today: string }) {
  const overdue = isOverdue(action, today);
  return (
    <div className={`action-summary${overdue ? ' action-summary--overdue' : ''}`}>
      <p className="action-summary__what">{action.what}</p>
      <p className="meta-line">
        {whoOf(action)}
        {action.dueDate && ` · ${t.due(formatDate(action.dueDate))}`}
        {action.supportLevel && ` · ${supportLevelLabels[action.supportLevel]}`}
        {` · ${actionStatusLabels[action.status]}`}
      </p>
      {overdue && <p className="badge badge--overdue">{t.overdue}</p>}
      {action.monitor && <p className="meta-line">{t.monitoredBy(action.monitor)}</p>}
      {action.feedback && (
        <p className="meta-line">
          {action.feedbackOn ? `${t.feedbackOn(formatDate(action.feedbackOn))}: ` : ''}
          {action.feedback}
        </p>
      )}
      {action.status === 'gedaan' && isOwnOrNetwork(action) && <p className="notice notice--success">{t.doneCelebration}</p>}
    </div>
  );
}
