import { reads, useRead } from '../live';

/** Everything the plan screens show of a household, read live; undefined while loading. */
export function usePlan(householdId: string) {
  const household = useRead(reads.household(householdId));
  const goals = useRead(reads.goals(householdId));
  const actions = useRead(reads.planActions(householdId));
  const people = useRead(reads.networkPeople(householdId));
  const handovers = useRead(reads.handovers(householdId));
  if (household === undefined || !goals || !actions || !people || !handovers) return undefined;
  return { household, goals, actions, people, handovers };
}

/** The same reads, for the router to read before the plan screens' first render (app/routes.tsx). */
export const planReads = (householdId: string) => [
  reads.household(householdId),
  reads.goals(householdId),
  reads.planActions(householdId),
  reads.networkPeople(householdId),
  reads.handovers(householdId),
];
