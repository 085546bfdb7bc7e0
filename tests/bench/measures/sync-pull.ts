// Pull into a fresh browser: a worker logs in on a new phone and the team's 10,000 records
// come down, page by page, through the real sync engine into IndexedDB. Timed from the login
// answer until the device's cursor is the team's last seq. Online, no CPU throttling.
// Twice on the same server, each time a fresh device: once on the households list a worker
// sees after login (its live queries re-run as pages arrive), once on a screen without lists,
// which leaves the sync engine and IndexedDB alone. Their ratio is what the list costs.
import type { Browser } from 'playwright-core';
import { round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { logInFreshDevice, showScreenWithoutLists, waitForSyncState } from './sync/browser-device';
import { startSeededServer, type SeededServer } from './sync/seeded-server';

const recordCount = 10_000;

/** Seconds from the login answer until every record is applied on a fresh device. */
async function pullSeconds(browser: Browser, seeded: SeededServer, withoutLists: boolean): Promise<number> {
  const context = await browser.newContext();
  try {
    const { page, loggedInAt } = await logInFreshDevice(context, seeded.server.url);
    if (withoutLists) await showScreenWithoutLists(page);
    const { state, at } = await waitForSyncState(page, (s) => s.cursor === seeded.lastSeq, 240_000);
    if (state.records !== recordCount) throw new Error(`Device holds ${state.records} records, expected ${recordCount}`);
    return (at - loggedInAt) / 1000;
  } finally {
    await context.close();
  }
}

function rows(what: string, seconds: number): BenchRow[] {
  return [
    { name: what, value: round(seconds, 1), unit: 's' },
    { name: `${what}, throughput`, value: round(recordCount / seconds, 0), unit: 'records/s' },
  ];
}

export const syncPull: Measure = {
  name: 'pull into a fresh browser',
  async run({ browser }) {
    const seeded = await startSeededServer(recordCount);
    try {
      const pull = `Pull ${recordCount.toLocaleString('en')} records into a fresh browser, login → all applied`;
      const onList = await pullSeconds(await browser(), seeded, false);
      const withoutLists = await pullSeconds(await browser(), seeded, true);
      return [
        ...rows(`${pull}, on the households list`, onList),
        ...rows(`${pull}, on a screen without lists`, withoutLists),
        { name: 'Pull time on the households list ÷ without lists', value: round(onList / withoutLists, 1), unit: '×' },
      ];
    } finally {
      await seeded.stop();
    }
  },
};
