import { useMemo } from 'react';
import { sortByUrgency } from '../../../domain';
import { reads, useRead } from '../live';
import { useSession } from '../services';
import { todayIso } from '../format';

/** The team's households in the order of urgency, and the ones chosen for today's meeting. */
export function useReview() {
  const session = useSession();
  const today = todayIso();
  const households = useRead(reads.households(session.currentTeamId));
  const chosen = useRead(reads.meetingChoice(session.user.id, today));
  // Sorted once per change of the list, not on every keystroke of the search.
  const sorted = useMemo(() => (households ? sortByUrgency(households) : undefined), [households]);
  return { sorted, chosen, today, userId: session.user.id };
}
