import { reads, useRead } from '../live';
import { DecisionList } from './DecisionList';

/** The kernteam's decisions in the household's timeline (shown once there is one). */
export function TimelineDecisions({ householdId }: { householdId: string }) {
  const decisions = useRead(reads.decisions(householdId));
  if (!decisions || decisions.length === 0) return null;
  return <DecisionList decisions={decisions} />;
}
