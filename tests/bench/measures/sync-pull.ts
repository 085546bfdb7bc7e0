// Pull into a fresh browser: a worker logs in on a new phone and the team's records come down,
// page by page, through the real sync engine into IndexedDB. Timed from the login answer until
// the device's cursor is the team's last seq. Online, no CPU throttling.
// For 1,000, 10,000 and 30,000 records, each on its own seeded server, alternating in one run:
// the floor (floor-pull.ts: fetch + one bulkPut per page), Voordeur on the households list a
// worker sees after login (its live queries re-run as pages arrive), the floor again, and
// Voordeur on a screen without lists. The ratios to the floor hold on a noisy machine where
// absolute times do not; they must stay flat as the count grows (linear cost).
import type { Browser } from 'playwright-core';
import { round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { floorPullSeconds } from './sync/floor-pull';
import { logInFreshDevice, showScreenWithoutLists, waitForSyncState } from './sync/browser-device';
import { startSeededServer, type SeededServer } from './sync/seeded-server';

/** BENCH_PULL_SIZES=1000,10000 picks other sizes (e.g. for a quick look). */
const recordCounts = (process.env.BENCH_PULL_SIZES ?? '1000,10000,30000').split(',').map(Number);

/** Seconds from the login answer until every record is applied on a fresh device. */
async function voordeurPullSeconds(browser: Browser, seeded: SeededServer, count: number, withoutLists: boolean): Promise<number> {
  const context = await browser.newContext();
  try {
    const { page, loggedInAt } = await logInFreshDevice(context, seeded.server.url);
    if (withoutLists) await showScreenWithoutLists(page);
    // Generous: a budget failure must show as a number, not as a timeout.
    const { state, at } = await waitForSyncState(page, (s) => s.cursor === seeded.lastSeq, 60_000 + count * 20);
    if (state.records !== count) throw new Error(`Device holds ${state.records} records, expected ${count}`);
    return (at - loggedInAt) / 1000;
  } finally {
    await context.close();
  }
}

async function floorSeconds(browser: Browser, seeded: SeededServer, count: number): Promise<number> {
  const floor = await floorPullSeconds(browser, seeded);
  if (floor.records !== count) throw new Error(`Floor holds ${floor.records} records, expected ${count}`);
  return floor.seconds;
}

async function measureCount(browser: Browser, count: number): Promise<BenchRow[]> {
  const seeded = await startSeededServer(count);
  try {
    const floorA = await floorSeconds(browser, seeded, count);
    const onList = await voordeurPullSeconds(browser, seeded, count, false);
    const floorB = await floorSeconds(browser, seeded, count);
    const withoutLists = await voordeurPullSeconds(browser, seeded, count, true);
    const floor = (floorA + floorB) / 2;
    const what = `Pull ${count.toLocaleString('en')} records into a fresh browser, login → all applied`;
    const ratio = (seconds: number, goal: number) => {
      const value = round(seconds / floor, 1);
      return { value, unit: '×', budget: `≤ ${goal}`, ok: value <= goal };
    };
    return [
      { name: `${what}: floor (fetch + one bulkPut per page), mean of 2`, value: round(floor, 2), unit: 's' },
      { name: `${what}: Voordeur on the households list`, value: round(onList, 2), unit: 's' },
      { name: `${what}: Voordeur on a screen without lists`, value: round(withoutLists, 2), unit: 's' },
      { name: `${what}: on the list ÷ floor`, ...ratio(onList, 2) },
      { name: `${what}: without lists ÷ floor`, ...ratio(withoutLists, 1.5) },
      { name: `${what}: throughput on the list`, value: round(count / onList, 0), unit: 'records/s' },
    ];
  } finally {
    await seeded.stop();
  }
}

export const syncPull: Measure = {
  name: 'pull into a fresh browser',
  async run({ browser }) {
    const rows: BenchRow[] = [];
    for (const count of recordCounts) rows.push(...(await measureCount(await browser(), count)));
    return rows;
  },
};
