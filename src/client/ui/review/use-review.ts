import { useMemo, useState } from 'react';
import { resortByUrgency, type ReviewFacts } from '../../../domain';
import { reads, useRead } from '../live';
import { useSession } from '../services';
import { todayIso } from '../format';

/** Sorts each new list by urgency, starting from the order it gave the list before. */
export function urgencyOrder<T extends ReviewFacts>(): (households: readonly T[]) => T[] {
  let previous: readonly T[] = [];
  return (households) => (previous = resortByUrgency(previous, households));
}

/** The team's households in the order of urgency, and the ones chosen for today's meeting. */
export function useReview() {
  const session = useSession();
  const today = todayIso();
  const households = useRead(reads.households(session.currentTeamId));
  const chosen = useRead(reads.meetingChoice(session.user.id, today));
  // Sorted once per change of the list, not on every keystroke of the search; after a change
  // only the changed households are placed again (the read keeps the others' objects).
  const [order] = useState(urgencyOrder<NonNullable<typeof households>[number]>);
  const sorted = useMemo(() => (households ? order(households) : undefined), [order, households]);
  return { sorted, chosen, today, userId: session.user.id };
}
