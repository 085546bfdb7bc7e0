import { isOwnOrNetwork } from '../../../domain';
import type { HandoverView, PlanActionView } from '../../db';
import { formatDate } from '../format';
import { reads, useRead } from '../live';
import { planTexts as t } from './texts';

interface Event {
  key: string;
  /** Calendar day, for the order (newest first). */
  day: string;
  text: string;
  detail: string;
  success: boolean;
}

const nameOf = (h: HandoverView) => (h.toOrganisation ? `${h.toName} (${h.toOrganisation})` : h.toName);

/** Handovers (who, to whom, when, why) and what the resident or network did, as events. */
export function planEvents(handovers: readonly HandoverView[], actions: readonly PlanActionView[]): Event[] {
  const events: Event[] = [
    ...handovers.map((h) => ({
      key: h.id,
      day: h.at.slice(0, 10),
      text: t.timelineHandover(formatDate(h.at), nameOf(h), h.byName),
      detail: h.note,
      success: false,
    })),
    // The method compliments what went well: an action of the resident or the network that was done.
    ...actions
      .filter((a) => a.status === 'gedaan' && isOwnOrNetwork(a))
      .map((a) => {
        const day = a.feedbackOn ?? a.createdOn;
        return { key: a.id, day, text: t.timelineDone(formatDate(day), a.whoName || t.residentSelf, a.what), detail: a.feedback, success: true };
      }),
  ];
  return events.sort((a, b) => b.day.localeCompare(a.day));
}

/** On the household page: the plan's story so far, next to the contact moments. */
export function PlanTimeline({ householdId }: { householdId: string }) {
  const actions = useRead(reads.planActions(householdId));
  const handovers = useRead(reads.handovers(householdId));
  if (!actions || !handovers) return null;
  const events = planEvents(handovers, actions);
  if (events.length === 0) return null;
  return (
    <section className="section" aria-labelledby="plan-timeline-title">
      <h2 id="plan-timeline-title">{t.timelineTitle}</h2>
      <ol className="plain-list">
        {events.map((event) => (
          <li key={event.key} className={event.success ? 'notice notice--success' : 'card'}>
            <p>{event.text}</p>
            {event.detail && <p className="meta-line">{event.detail}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
