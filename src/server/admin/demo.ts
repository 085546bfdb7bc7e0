import { createHash, randomUUID } from 'node:crypto';
import { formatHlc, initialHlc, tick, type HlcState } from '../../domain/hlc';
import { addDays, localDay } from '../../domain/rules/calendar';
import { snapshotOf } from '../../domain/rules/network-versions';
import { toLocalIsoString } from '../../domain/local-time';
import { mapEntryId } from '../../domain/records/map-entries';
import type { TableName } from '../../domain/records/tables';
import type { Fields } from '../../domain/records/validate';
import { SCHEMA_VERSION, type Mutation, type PushResult } from '../../domain/sync-protocol';
import type { Store } from '../store/open-store';
import { pushMutations } from '../sync/push';
import {
  DEMO_CONTENT_VERSION,
  demoEarlierNetwork,
  demoEarlierScores,
  demoGoals,
  demoHousehold,
  demoMap,
  demoNetwork,
  demoRegisseur,
  type DemoPersonKey,
} from './demo-case';

/**
 * A UUID (version 7 layout) derived from the team and a name, so loading the demo twice into a
 * team writes the same records again instead of a second household.
 */
export function demoId(teamId: string, name: string): string {
  const hex = createHash('sha256').update(`voordeur-demo:${teamId}:${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The worked case as mutations, as a device would push them (validated by the server as any push). */
export function demoMutations(teamId: string, now: Date): Mutation[] {
  const clientId = randomUUID();
  let clock: HlcState = initialHlc(clientId);
  let seq = 0;
  const today = localDay(now);
  const householdId = demoId(teamId, 'household');
  const mutations: Mutation[] = [];
  const put = (table: TableName, recordId: string, changedFields: Fields, inHousehold = true) => {
    clock = tick(clock, now.getTime());
    mutations.push({
      mutationId: randomUUID(),
      clientId,
      clientSeq: seq++,
      table,
      recordId,
      teamId,
      householdId: inHousehold ? householdId : null,
      op: 'put',
      changedFields,
      hlc: formatHlc(clock),
      baseRev: 0,
      schemaVersion: SCHEMA_VERSION,
    });
  };

  put('households', householdId, demoHousehold, false);
  for (const entry of demoMap) put('mapEntries', mapEntryId(householdId, entry.subdomainId), { contentVersion: DEMO_CONTENT_VERSION, ...entry });

  const earlierScores = demoEarlierScores.flatMap((e) => [
    [`resident.${e.subdomainId}`, e.scoreResident],
    [`worker.${e.subdomainId}`, e.scoreWorker],
  ]);
  put('mapMoments', demoId(teamId, 'moment:earlier'), { takenOn: addDays(today, -30), ...Object.fromEntries(earlierScores) });

  const personId = (key: DemoPersonKey) => demoId(teamId, `person:${key}`);
  for (const [key, person] of Object.entries(demoNetwork) as [DemoPersonKey, (typeof demoNetwork)[DemoPersonKey]][]) {
    const gives = Object.fromEntries((person.gives ?? []).map((kind) => [`gives${kind}`, true]));
    put('networkPeople', personId(key), { name: person.name, relation: person.relation, tie: person.tie, note: person.note ?? '', phone: person.phone ?? '', addedOn: today, ...gives });
  }
  const earlier = demoEarlierNetwork.map(({ key, tie }) => ({ id: personId(key), name: demoNetwork[key].name, relation: demoNetwork[key].relation, tie }));
  put('networkVersions', demoId(teamId, 'version:earlier'), { takenOn: addDays(today, -30), people: snapshotOf(earlier) });

  demoGoals.forEach((goal, g) => {
    const goalId = demoId(teamId, `goal:${g}`);
    put('goals', goalId, { words: goal.words, status: 'actief', createdOn: addDays(today, -21), nudgeAsked: true, ...Object.fromEntries(goal.subdomains.map((s) => [`subdomain.${s}`, true])) });
    goal.actions.forEach((action, a) => {
      const who = action.who ? demoNetwork[action.who] : undefined;
      put('planActions', demoId(teamId, `action:${g}:${a}`), {
        goalId,
        what: action.what,
        whoKind: action.whoKind,
        whoPersonId: action.who ? personId(action.who) : null,
        whoName: who?.name ?? '',
        // Agreed on the day the deadline was counted from, so a date in the past shows as overdue.
        createdOn: addDays(today, Math.min(0, action.inDays) - 1),
        dueDate: addDays(today, action.inDays),
        monitor: action.monitor ?? '',
        supportLevel: action.supportLevel,
        care: action.care,
        reach: action.reach,
        status: 'open',
      });
    });
  });
  put('handovers', demoId(teamId, 'handover:first'), { ...demoRegisseur, byName: 'Demo', at: toLocalIsoString(now), previousId: null, settled: false });
  return mutations;
}

export interface DemoResult {
  householdId: string;
  refused: Extract<PushResult, { status: 'rejected' }>[];
}

/** Load the demo into a team, written in the name of one of its members (as the audit trail shows). */
export async function loadDemo(store: Store, userId: string, teamId: string, now: Date): Promise<DemoResult> {
  const mutations = demoMutations(teamId, now);
  const results = await pushMutations(store, { userId, deviceSessionId: null }, mutations, now);
  const refused = results.filter((r): r is Extract<PushResult, { status: 'rejected' }> => r.status === 'rejected');
  return { householdId: demoId(teamId, 'household'), refused };
}
