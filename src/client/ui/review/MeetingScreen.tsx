import { useEffect, useRef } from 'react';
import { LinkButton, Page } from '../kit';
import { paths, useSearchParam } from '../router';
import { Freshness } from './Freshness';
import { MeetingHousehold } from './MeetingHousehold';
import { reviewTexts as t } from './texts';
import { useReview } from './use-review';
import './review.css';

/**
 * The weekly kernteam meeting (/kernteam/overleg?nr=2): one household at a time, the ones chosen
 * for today in the order they were chosen (or the whole list when none were chosen). The step is in
 * the address, a number only, so the back button and a reload keep the place.
 */
export default function MeetingScreen() {
  const { sorted, chosen, today } = useReview();
  const step = Math.max(1, Number(useSearchParam('nr')) || 1);
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => top.current?.scrollIntoView?.({ block: 'start' }), [step]);
  const back = { to: paths.review(), label: t.toList };
  if (!sorted || !chosen) {
    return (
      <Page title={t.meetingTitle} back={back}>
        <p role="status">{t.loading}</p>
      </Page>
    );
  }
  // In the order they were chosen: a decision that changes a household's urgency moves nothing.
  const byId = new Map(sorted.map((h) => [h.id, h]));
  const agenda = chosen.length > 0 ? chosen.map((id) => byId.get(id)).filter((h) => h !== undefined) : sorted;
  const index = Math.min(step, agenda.length) - 1;
  const item = agenda[index];
  return (
    <Page title={t.meetingTitle} back={back}>
      <div ref={top} className="meeting">
        <Freshness />
        {chosen.length === 0 && <p className="field__hint">{t.noneChosen}</p>}
        {!item ? (
          <p>{t.meetingEmpty}</p>
        ) : (
          <>
            <nav className="meeting-nav" aria-label={t.meetingTitle}>
              <p className="meeting-nav__step" aria-live="polite">
                {t.meetingStep(index + 1, agenda.length)}
              </p>
              <div className="button-row">
                {index > 0 && (
                  <LinkButton variant="secondary" to={paths.meeting(index)}>
                    {t.previous}
                  </LinkButton>
                )}
                {index < agenda.length - 1 && <LinkButton to={paths.meeting(index + 2)}>{t.next}</LinkButton>}
              </div>
            </nav>
            <MeetingHousehold key={item.id} item={item} today={today} />
          </>
        )}
      </div>
    </Page>
  );
}
