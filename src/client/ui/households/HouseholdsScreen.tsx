import { useEffect, useMemo, useState } from 'react';
import { reads, useRead } from '../live';
import { EmptyState, Field, fieldAria, LinkButton, Page } from '../kit';
import { paths } from '../router';
import { useSession } from '../services';
import { householdTexts } from './texts';
import { HouseholdList } from './HouseholdList';
import { PullProgress } from './PullProgress';
import { prepareSearch, searchHouseholds } from './search';
import { TeamSwitcher } from './TeamSwitcher';
import { useSearchAudit } from './use-search-audit';
import { StorageNotice } from '../StorageNotice';
import { TodoList } from '../review/TodoList';

export default function HouseholdsScreen() {
  const { currentTeamId } = useSession();
  // One small summary row per household (db/summaries.ts): no contact moment is decoded here.
  const households = useRead(reads.households(currentTeamId));
  const [query, setQuery] = useState('');
  // Not deferred: a search of 5,000 prepared texts and a screenful of rows take a few ms, while a
  // deferred render is cut in slices with frames between them (the old list for several frames).
  useSearchAudit(query, currentTeamId);
  useEffect(() => {
    if (!households) return;
    // Ready before the first keystroke, so that one answers as fast as the rest.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => prepareSearch(households));
    return () => cancel(handle);
  }, [households]);
  const found = useMemo(() => (households ? searchHouseholds(households, query) : []), [households, query]);

  return (
    <Page title={householdTexts.listTitle}>
      <StorageNotice />
      <TeamSwitcher />
      <PullProgress />
      <div className="button-row">
        <LinkButton to={paths.newHousehold()}>{householdTexts.add}</LinkButton>
        <LinkButton variant="secondary" to={paths.review()}>
          {householdTexts.toReview}
        </LinkButton>
      </div>
      <TodoList />
      {households?.length === 0 && (
        <EmptyState title={householdTexts.none}>
          <p>{householdTexts.noneHint}</p>
        </EmptyState>
      )}
      {households && households.length > 0 && (
        <>
          <div role="search">
            <Field id="household-search" label={householdTexts.search} hint={householdTexts.searchHint}>
              <input
                id="household-search"
                type="search"
                className="field__input"
                {...fieldAria('household-search', undefined, householdTexts.searchHint)}
                autoComplete="off"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </Field>
          </div>
          <p role="status" className="field__hint">
            {found.length === 0 ? householdTexts.noMatch(query) : householdTexts.count(found.length)}
          </p>
          <HouseholdList households={found} />
        </>
      )}
    </Page>
  );
}
