import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allSubdomains, CONTENT_VERSION } from '../../../src/content';
import { isOverdue, localDay } from '../../../src/domain';
import { regisseurOf } from '../../../src/domain/rules/regisseur';
import type { SyncRecord } from '../../../src/domain/sync-protocol';
import { DEMO_CONTENT_VERSION, demoEarlierScores, demoGoals, demoMap } from '../../../src/server/admin/demo-case';
import { runCli } from '../../../src/server/admin/run-cli';
import type { Store } from '../../../src/server/store/open-store';
import { pullChanges } from '../../../src/server/sync/pull';
import { twoTeams } from '../helpers/accounts';
import { storeKinds } from '../helpers/stores';

describe('the demo case', () => {
  it('is written under the current content version, with subdomains the map knows', () => {
    expect(DEMO_CONTENT_VERSION).toBe(CONTENT_VERSION);
    const known = new Set(allSubdomains.map((s) => s.id));
    for (const id of [...demoMap.map((e) => e.subdomainId), ...demoEarlierScores.map((e) => e.subdomainId), ...demoGoals.flatMap((g) => g.subdomains)]) expect(known.has(id)).toBe(true);
  });
});

describe.each(storeKinds)('admin demo on $name', (kind) => {
  let store: Store;
  let teams: Awaited<ReturnType<typeof twoTeams>>;
  let output: string[];

  beforeEach(async () => {
    store = await kind.open();
    teams = await twoTeams(store);
    output = [];
  });
  afterEach(() => store.close());

  const admin = (argv: string[]) => runCli(argv, { env: {}, store, out: (line) => output.push(line) });

  async function teamRecords(userId: string, teamId: string): Promise<SyncRecord[]> {
    const outcome = await pullChanges(store, { userId, deviceSessionId: null }, { teamId, cursor: 0, limit: 1000 });
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome.response.records;
  }

  it('loads de heer Frans van Noord with his map, network and a plan with an own, a network and a professional action', async () => {
    expect(await admin(['demo', '--team', 'Team Noord'])).toBe(0);
    expect(output.at(-1)).toMatch(/Demo geladen in team "Team Noord"/);
    const records = await teamRecords(teams.anna, teams.teamA.id);
    const of = (table: string) => records.filter((r) => r.table === table);
    expect(of('households')).toHaveLength(1);
    expect(of('mapEntries')).toHaveLength(demoMap.length);
    const people = Object.fromEntries(of('networkPeople').map((r) => [String(r.fields.name), r.fields.tie]));
    expect(people).toMatchObject({ 'Harrie (zoon, 15)': 'verbroken', 'Vrijwilliger van de kerk': 'sterk', DWI: 'gespannen', Spirit: 'zwak' });
    expect(Object.keys(people)).toEqual(expect.arrayContaining(['Jan (kernteam)', 'Esmé (kernteam)']));
    const actions = of('planActions');
    expect(new Set(actions.map((r) => r.fields.whoKind))).toEqual(new Set(['bewoner', 'netwerk', 'professional']));
    const today = localDay(new Date());
    expect(actions.filter((r) => isOverdue({ status: 'open', dueDate: String(r.fields.dueDate) }, today))).toHaveLength(1);
    const handovers = of('handovers').map((r) => ({ id: r.id, at: String(r.fields.at), previousId: null, settled: false, toName: r.fields.toName }));
    expect(regisseurOf(handovers).current?.toName).toBe('Jan');
    expect(of('networkVersions')).toHaveLength(1);
    expect(of('mapMoments')).toHaveLength(1);
    expect(await teamRecords(teams.bram, teams.teamB.id)).toEqual([]);
  });

  it('loading it twice gives the same records, not a second household', async () => {
    await admin(['demo', '--team', 'Team Noord']);
    const first = (await teamRecords(teams.anna, teams.teamA.id)).map((r) => `${r.table}:${r.id}`).sort();
    expect(await admin(['demo', '--team', 'Team Noord'])).toBe(0);
    const second = (await teamRecords(teams.anna, teams.teamA.id)).map((r) => `${r.table}:${r.id}`).sort();
    expect(new Set(second)).toEqual(new Set(first));
  });

  it('says what is wrong for an unknown team', async () => {
    expect(await admin(['demo', '--team', 'Bestaat niet'])).toBe(2);
    expect(output.at(-1)).toMatch(/bestaat niet/);
  });
});
