// Pull into a fresh browser: a worker logs in on a new phone and the team's records come down,
// page by page, through the real sync engine into IndexedDB. Timed from the session's start (the
// login answer, and with encryption the PIN set up) until the device's cursor is the team's last
// seq, as the page tells it (a live query, not a poll: the floor times its own end too). Online, no CPU throttling.
// For 1,000, 10,000 and 30,000 records, each on its own seeded server, alternating in one run:
// the floor (floor-pull.ts: fetch + one bulkPut per page), Voordeur on the households list a
// worker sees after login (its live queries re-run as pages arrive), the test-only plain build (no
// encryption on the device) without lists, the floor again, Voordeur on a screen without lists,
// and the plain build again. Encrypted ÷ plain is what sealing every record on the device costs;
// the server opens its own sealed records (its data key) for every pull, the floor's included.
// The ratios to the floor hold on a noisy machine where absolute times do not; they must stay
// flat as the count grows (linear cost).
import type { Browser } from 'playwright-core';
import { round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { floorPullSeconds } from './sync/floor-pull';
import { logInFreshDevice, readSyncState, showScreenWithoutLists, waitForCursor } from './sync/browser-device';
import { startSeededServer, type SeededServer } from './sync/seeded-server';

/** BENCH_PULL_SIZES=1000,10000 picks other sizes (e.g. for a quick look). */
const recordCounts = (process.env.BENCH_PULL_SIZES ?? '1000,10000,30000').split(',').map(Number);

/** Seconds from the session's start (login answered, PIN set) until every record is applied on a fresh device. */
async function voordeurPullSeconds(browser: Browser, appUrl: string, seeded: SeededServer, count: number, on: Screen): Promise<number> {
  const context = await browser.newContext();
  try {
    const { page, loggedInAt } = await logInFreshDevice(context, appUrl, { setUpPin: on.sealed });
    if (!on.list) await showScreenWithoutLists(page);
    // Generous: a budget failure must show as a number, not as a timeout.
    const at = await waitForCursor(page, seeded.teamId, seeded.lastSeq, 60_000 + count * 20);
    const state = await readSyncState(page);
    if (state.records !== count) throw new Error(`Device holds ${state.records} records, expected ${count}`);
    return (at - loggedInAt) / 1000;
  } finally {
    await context.close();
  }
}

interface Screen {
  /** On the households list (live queries re-run as pages arrive), or on a screen without lists. */
  list: boolean;
  /**
   * The app as shipped, or the test-only plain build (no encryption on the device). The plain
   * build pulls behind its PIN set-up screen, which is left alone (no PIN: its Argon2id stretch
   * would compete with the pull), so it runs only without lists.
   */
  sealed: boolean;
}

async function floorSeconds(browser: Browser, seeded: SeededServer, count: number): Promise<number> {
  const floor = await floorPullSeconds(browser, seeded);
  if (floor.records !== count) throw new Error(`Floor holds ${floor.records} records, expected ${count}`);
  return floor.seconds;
}

async function measureCount(browser: Browser, count: number, plainDistDir: string): Promise<BenchRow[]> {
  const seeded = await startSeededServer(count, { plainDistDir });
  try {
    const pull = (on: Screen) => voordeurPullSeconds(browser, on.sealed ? seeded.server.url : seeded.plain!.url, seeded, count, on);
    // Alternating, so that a busy moment of the machine falls on both sides of each ratio.
    const floorA = await floorSeconds(browser, seeded, count);
    const onList = await pull({ list: true, sealed: true });
    const plainA = await pull({ list: false, sealed: false });
    const floorB = await floorSeconds(browser, seeded, count);
    const withoutLists = await pull({ list: false, sealed: true });
    const plainB = await pull({ list: false, sealed: false });
    const floor = (floorA + floorB) / 2;
    const plain = (plainA + plainB) / 2;
    const what = `Pull ${count.toLocaleString('en')} records into a fresh browser, login → all applied`;
    const ratio = (seconds: number, goal?: number) => {
      const value = round(seconds / floor, 1);
      return goal === undefined ? { value, unit: '×' } : { value, unit: '×', budget: `≤ ${goal}`, ok: value <= goal };
    };
    return [
      { name: `${what}: floor (fetch + one bulkPut per page), mean of 2`, value: round(floor, 2), unit: 's' },
      { name: `${what}: Voordeur on the households list`, value: round(onList, 2), unit: 's' },
      { name: `${what}: Voordeur on a screen without lists`, value: round(withoutLists, 2), unit: 's' },
      { name: `${what}: on the list ÷ floor`, ...ratio(onList, 2) },
      { name: `${what}: without lists ÷ floor`, ...ratio(withoutLists, 1.5) },
      { name: `${what}: throughput on the list`, value: round(count / onList, 0), unit: 'records/s' },
      { name: `${what}: without encryption (plain codec), no lists, mean of 2`, value: round(plain, 2), unit: 's' },
      { name: `${what}: without encryption ÷ floor`, ...ratio(plain) },
      { name: `${what}: encrypted ÷ without encryption, both without lists`, value: round(withoutLists / plain, 2), unit: '×' },
    ];
  } finally {
    await seeded.stop();
  }
}

export const syncPull: Measure = {
  name: 'pull into a fresh browser',
  async run({ browser, plainDistDir }) {
    const rows: BenchRow[] = [];
    for (const count of recordCounts) rows.push(...(await measureCount(await browser(), count, await plainDistDir())));
    return rows;
  },
};
