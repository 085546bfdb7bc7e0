// Issue 11: the household page, its plan and its network for a household with a plan of 30
// actions and a network of 25 people, opened at 4× CPU on a device that pulled them (the
// service worker has the app). Each screen is timed from navigation until its content is painted
// (the plan summary, the first action row, the first network row), warm, median of 5. Next to it,
// in the same browser and run: the floor page drawing 55 rows read from IndexedDB in one query.
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildFloor } from '../first-question-floor/build';
import { serveFloor } from '../first-question-floor/serve';
import { quantile, round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { cpuSlowdown, recordFirstAppearance, timeToAppearance } from './offline-page';
import { bigHouseholdMutations, bigNetworkPeople, bigPlanActions } from './sync/big-household';
import { logInFreshDevice, waitForSyncState } from './sync/browser-device';
import { startSeededServer } from './sync/seeded-server';

const runs = 5;
const warmUps = 2;
const content = '#plan-summary-title, .action-list li, .network-list li, [data-bench="floor-list"] li';

async function slowDown(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
}

/** Median ms to content for each address, alternating them run by run. */
async function timeScreens(page: Page, urls: readonly string[]): Promise<number[]> {
  const times = urls.map(() => [] as number[]);
  for (let run = 0; run < warmUps + runs; run++) {
    for (const [i, url] of urls.entries()) {
      const ms = await timeToAppearance(page, url);
      if (run >= warmUps) times[i]!.push(ms);
    }
  }
  return times.map((values) => quantile(values, 0.5));
}

export const householdPage: Measure = {
  name: 'household page with a plan of 30 actions and a network of 25 people',
  async run({ browser, distDir }) {
    let householdId = '';
    const seeded = await startSeededServer(0, {
      extra: (teamId) => {
        const big = bigHouseholdMutations(teamId);
        householdId = big.householdId;
        return big.mutations;
      },
    });
    const floorDir = join(distDir, '..', '.bench', 'first-question-floor');
    await buildFloor(floorDir);
    const floorServer = await serveFloor(floorDir);
    const context = await (await browser()).newContext({ viewport: { width: 360, height: 740 } });
    try {
      const { page } = await logInFreshDevice(context, seeded.server.url);
      await waitForSyncState(page, (s) => s.cursor === seeded.lastSeq, 120_000);
      await recordFirstAppearance(context, content);
      const floorPage = await context.newPage();
      const floorUrl = `${floorServer.url}/?list=${bigPlanActions + bigNetworkPeople}`;
      await floorPage.goto(floorUrl);
      await floorPage.waitForSelector('[data-bench="floor-list"] li');
      await slowDown(context, page);
      await slowDown(context, floorPage);
      const at = (path: string) => new URL(path, seeded.server.url).href;
      const id = encodeURIComponent(householdId);
      const [household, plan, network] = await timeScreens(page, [at(`/huishouden/${id}`), at(`/huishouden/${id}/plan`), at(`/huishouden/${id}/netwerk`)]);
      const [floor] = await timeScreens(floorPage, [floorUrl]);
      const what = `${bigPlanActions} actions, ${bigNetworkPeople} people, ${cpuSlowdown}× CPU, warm, median of ${runs}`;
      const ratio = (ms: number) => round(ms / floor!, 1);
      const rows: BenchRow[] = [
        { name: `Household page (${what}): open → plan summary painted`, value: round(household!, 0), unit: 'ms' },
        { name: `Plan screen (${what}): open → first action painted`, value: round(plan!, 0), unit: 'ms' },
        { name: `Network screen (${what}): open → first person painted`, value: round(network!, 0), unit: 'ms' },
        { name: `Floor: ${bigPlanActions + bigNetworkPeople} rows from IndexedDB drawn, same conditions`, value: round(floor!, 0), unit: 'ms' },
        { name: 'Household page ÷ floor / plan ÷ floor / network ÷ floor', value: `${ratio(household!)} / ${ratio(plan!)} / ${ratio(network!)}`, unit: '×' },
      ];
      return rows;
    } finally {
      await context.close();
      await floorServer.stop();
      await seeded.stop();
    }
  },
};
