// Issue 11: the household page, its plan and its network for a household with a plan of 30
// actions and a network of 25 people, on a device that pulled them (the service worker has the
// app), at 4× CPU, warm, median of 5. Two ways in:
// - In the app (what a worker does all day): a tap on the household in the households list, and on
//   "plan" or "netwerk" on the household page, until the content is painted (the plan summary, the
//   first action row, the first network row). Its floor: the floor page's `?tap=55`, a tap that
//   reads 55 rows from IndexedDB in one query and draws them.
// - A page load (a reopened tab): since the lock every load opens on the lock screen and the PIN
//   is typed, so the total holds the Argon2id stretch (0.5–2 s by design) and the PIN typing. It
//   is split like the first question's load (README): navigation → lock screen, PIN submitted →
//   lock screen gone (stretch and unlock), lock screen gone → content. The app's own part, the
//   first and the last, is compared with the floor's `?list=55` (page load, 55 rows read, drawn).
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { buildFloor } from '../first-question-floor/build';
import { serveFloor } from '../first-question-floor/serve';
import { quantile, round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { cpuSlowdown, recordFirstAppearance, recordUnlockMarks, tapToAppearance, timeToAppearance, unlockMarks, type UnlockMarks } from './offline-page';
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

const median = (values: readonly number[]) => quantile(values, 0.5);

interface Load {
  total: number;
  marks: UnlockMarks;
}

/** Lock screen painted → PIN submitted: Playwright filling in the PIN, not the app. */
const typing = ({ total, marks }: Load) => total - marks.afterSubmit - marks.lockPainted;

/** Each address loaded warmUps + runs times, alternating them run by run; the marks of each load. */
async function loadScreens(page: Page, urls: readonly string[]): Promise<Load[][]> {
  const loads = urls.map(() => [] as Load[]);
  for (let run = 0; run < warmUps + runs; run++) {
    for (const [i, url] of urls.entries()) {
      const total = await timeToAppearance(page, url);
      if (run >= warmUps) loads[i]!.push({ total, marks: await unlockMarks(page, total) });
    }
  }
  return loads;
}

async function floorLoads(page: Page, url: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < warmUps + runs; run++) {
    const ms = await timeToAppearance(page, url);
    if (run >= warmUps) times.push(ms);
  }
  return median(times);
}

/** Moves the app to `path` through its router (no page load) and waits until `ready` is on screen. */
async function showInApp(page: Page, path: string, ready: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForSelector(ready);
  // Let the screen's live queries settle, so the tap is not timed with their leftovers.
  await page.waitForTimeout(300);
}

interface Tap {
  /** The screen the tap starts on, and what on it shows it is there. */
  from: string;
  ready: string;
  tap: string;
  target: string;
}

/** Median ms from tap to content for each tap, alternating them run by run. */
async function timeTaps(page: Page, taps: readonly Tap[]): Promise<number[]> {
  const times = taps.map(() => [] as number[]);
  for (let run = 0; run < warmUps + runs; run++) {
    for (const [i, tap] of taps.entries()) {
      await showInApp(page, tap.from, tap.ready);
      const ms = await tapToAppearance(page, { selector: tap.tap }, tap.target);
      if (run >= warmUps) times[i]!.push(ms);
    }
  }
  return times.map(median);
}

async function floorTaps(page: Page, url: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < warmUps + runs; run++) {
    await page.goto(url);
    await page.waitForSelector('button');
    await page.waitForTimeout(300);
    const ms = await tapToAppearance(page, 'Open', '[data-bench="floor-list"] li');
    if (run >= warmUps) times.push(ms);
  }
  return median(times);
}

const screens = [
  { name: 'Household page', content: 'plan summary', target: '#plan-summary-title' },
  { name: 'Plan screen', content: 'first action', target: '.action-list li' },
  { name: 'Network screen', content: 'first person', target: '.network-list li' },
] as const;

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
      await recordUnlockMarks(context);
      const rows = bigPlanActions + bigNetworkPeople;
      const floorPage = await context.newPage();
      const floorUrl = `${floorServer.url}/?list=${rows}`;
      await floorPage.goto(floorUrl);
      await floorPage.waitForSelector('[data-bench="floor-list"] li');
      await slowDown(context, page);
      await slowDown(context, floorPage);
      const id = encodeURIComponent(householdId);
      const paths = { household: `/huishouden/${id}`, plan: `/huishouden/${id}/plan`, network: `/huishouden/${id}/netwerk` };
      const at = (path: string) => new URL(path, seeded.server.url).href;

      // Each page is timed in front: Chromium runs a tab behind another one (here the app behind
      // the floor page opened after it) at a lower priority, which made every app screen take
      // seconds whatever it drew.
      await page.bringToFront();
      const loads = await loadScreens(page, [at(paths.household), at(paths.plan), at(paths.network)]);
      await floorPage.bringToFront();
      const floorLoad = await floorLoads(floorPage, floorUrl);
      await page.bringToFront();
      const onHousehold = { from: paths.household, ready: screens[0].target };
      const taps = await timeTaps(page, [
        { from: '/', ready: `a[href="${paths.household}"]`, tap: `a[href="${paths.household}"]`, target: screens[0].target },
        { ...onHousehold, tap: `a[href="${paths.plan}"]`, target: screens[1].target },
        { ...onHousehold, tap: `a[href="${paths.network}"]`, target: screens[2].target },
      ]);
      await floorPage.bringToFront();
      const floorTap = await floorTaps(floorPage, `${floorServer.url}/?tap=${rows}`);

      const what = `${bigPlanActions} actions, ${bigNetworkPeople} people, ${cpuSlowdown}× CPU, warm, median of ${runs}`;
      const ratio = (ms: number, floor: number) => round(ms / floor, 1);
      const out: BenchRow[] = [];
      for (const [i, screen] of screens.entries()) {
        out.push({ name: `${screen.name} (${what}), in the app: tap → ${screen.content} painted`, value: round(taps[i]!, 0), unit: 'ms' });
      }
      out.push({ name: `Floor: tap → ${rows} rows read from IndexedDB and drawn, same conditions`, value: round(floorTap, 0), unit: 'ms' });
      out.push({ name: 'In the app, tap: household page ÷ floor / plan ÷ floor / network ÷ floor', value: taps.map((ms) => ratio(ms, floorTap)).join(' / '), unit: '×' });
      const own: number[] = [];
      for (const [i, screen] of screens.entries()) {
        const of = (pick: (load: Load) => number) => round(median(loads[i]!.map(pick)), 0);
        own.push(median(loads[i]!.map((load) => load.marks.lockPainted + load.marks.afterUnlock)));
        out.push({ name: `${screen.name}, page load: (c) navigation → lock screen → PIN → ${screen.content} painted`, value: of((load) => load.total), unit: 'ms' });
        out.push({
          name: `${screen.name}, page load split: (a) navigation → lock screen / PIN typed (by the bench) / PIN submitted → unlocked (Argon2id) / unlocked → ${screen.content}`,
          value: [(load: Load) => load.marks.lockPainted, typing, (load: Load) => load.marks.stretch, (load: Load) => load.marks.afterUnlock].map(of).join(' / '),
          unit: 'ms',
        });
      }
      out.push({ name: `Floor: page load → ${rows} rows from IndexedDB drawn, same conditions`, value: round(floorLoad, 0), unit: 'ms' });
      out.push({ name: 'Page load without the PIN ((a) + unlocked → content) ÷ floor: household / plan / network', value: own.map((ms) => ratio(ms, floorLoad)).join(' / '), unit: '×' });
      out.push({ name: 'Page load with the PIN, (c) ÷ floor: household / plan / network', value: loads.map((l) => ratio(median(l.map((load) => load.total)), floorLoad)).join(' / '), unit: '×' });
      return out;
    } finally {
      await context.close();
      await floorServer.stop();
      await seeded.stop();
    }
  },
};
