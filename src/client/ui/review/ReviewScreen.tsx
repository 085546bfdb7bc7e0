import { useCallback, useEffect, useMemo, useState } from 'react';
import { filterReview, type ReviewFilter } from '../../../domain';
import type { HouseholdListItem } from '../../db';
import { EmptyState, LinkButton, Page } from '../kit';
import { paths } from '../router';
import { useServices, useSession } from '../services';
import { householdTexts } from '../households/texts';
import { HouseholdList } from '../households/HouseholdList';
import { prepareSearch, searchHouseholds } from '../households/search';
import { useSearchAudit } from '../households/use-search-audit';
import { Freshness } from './Freshness';
import { ReviewFilters } from './ReviewFilters';
import { ReviewRow } from './ReviewRow';
import { reviewTexts as t } from './texts';
import { useReview } from './use-review';
import './review.css';

/**
 * The kernteam's review (/kernteam): every household of the team from its summary, the most
 * urgent first (rules/review.ts), filtered by regisseur, signal and period, searched by label.
 * Filters stay in the screen's state, never in the address: a regisseur's name is a person's.
 */
export default function ReviewScreen() {
  const { data } = useServices();
  const { sorted, chosen, today, userId } = useReview();
  const [filter, setFilter] = useState<ReviewFilter>({});
  const [query, setQuery] = useState('');
  // Not deferred: filtering 5,000 summaries and drawing a screenful takes a few ms, while a
  // deferred render is cut in slices with frames between them, which showed the changed filter
  // with the old list for two or three frames (and many more on a busy phone).
  useSearchAudit(query, useSession().currentTeamId);
  useEffect(() => {
    if (!sorted) return;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => prepareSearch(sorted));
    return () => cancel(handle);
  }, [sorted]);
  const regisseurs = useMemo(
    () => [...new Set((sorted ?? []).map((h) => h.regisseur).filter((r): r is string => r !== null))].sort((a, b) => a.localeCompare(b, 'nl')),
    [sorted],
  );
  const shown = useMemo(() => (sorted ? searchHouseholds(filterReview(sorted, filter), query) : []), [sorted, filter, query]);
  const chosenSet = useMemo(() => new Set(chosen ?? []), [chosen]);
  const toggle = useCallback((id: string) => void data.device.toggleMeetingChoice(userId, today, id), [data, userId, today]);
  const renderRow = useCallback(
    (h: HouseholdListItem) => <ReviewRow household={h} chosen={chosenSet.has(h.id)} onToggle={toggle} />,
    [chosenSet, toggle],
  );

  return (
    <Page title={t.title} back={{ to: paths.households(), label: householdTexts.listTitle }}>
      <Freshness />
      <p>{t.intro}</p>
      <div className="button-row">
        <LinkButton to={paths.meeting()}>{t.startMeeting(chosenSet.size)}</LinkButton>
      </div>
      {!sorted && <p role="status">{t.loading}</p>}
      {sorted?.length === 0 && <EmptyState title={t.none} />}
      {sorted && sorted.length > 0 && (
        <>
          <ReviewFilters regisseurs={regisseurs} filter={filter} onChange={setFilter} query={query} onQuery={setQuery} />
          <p className="field__hint">{t.orderNote}</p>
          <p role="status" className="field__hint" data-testid="review-count">
            {shown.length === 0 ? t.noMatch : t.count(shown.length)}
          </p>
          <HouseholdList households={shown} renderRow={renderRow} estimatedRowPx={190} />
        </>
      )}
    </Page>
  );
}
