import { useEffect } from 'react';
import { useServices } from '../services';

/**
 * NEN 7513: a search of household data is in the trail. One search is one entry: it is written
 * when the search box goes from empty to filled (the first results are shown), not per keystroke;
 * refining the words is the same search, emptying the box and typing again a new one. The entry
 * holds the team and that a search happened, never what was typed (db/access-log.ts).
 */
export function useSearchAudit(query: string, teamId: string): void {
  const { data } = useServices();
  const searching = query.trim() !== '';
  useEffect(() => {
    if (searching) void data.access.recordSearch(teamId);
  }, [data, searching, teamId]);
}
