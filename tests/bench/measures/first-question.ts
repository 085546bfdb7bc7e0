// Time from navigation to the first question on screen, offline from the service worker,
// at 4× CPU throttling. Warm (the budgeted number): a browser that has opened the app a
// few times already, as when a worker reopens it during the day. Cold: the first
// navigation of a freshly started browser on the installed profile. Next to it, in the same run
// and alternating run by run, the floor: a bare first-question page with the same libraries
// (../first-question-floor), and the ratio of the two, which holds on a noisy machine.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchPersistentChromium } from '../../e2e/support/chromium';
import { unlockAfterEveryLoad } from '../../e2e/pages/unlock';
import { quantile, round } from '../stats';
import { buildFloor } from '../first-question-floor/build';
import { serveFloor } from '../first-question-floor/serve';
import type { BenchRow, Measure } from '../types';
import { prepareContact, startBenchServer } from './prepared-contact';
import {
  cpuSlowdown,
  fallbackSelector,
  firstQuestionSelector,
  goOfflineAndSlow,
  pickTarget,
  recordFirstAppearance,
  recordUnlockMarks,
  scriptsLoadedBefore,
  tapToAppearance,
  timeToAppearance,
  unlockMarks,
  type UnlockMarks,
} from './offline-page';

const runs = 7;
const warmUpRuns = 5;
/**
 * DESIGN's first-question budget (≤ 260 ms at 4×), from before the lock. Since the lock it is held
 * to what the worker waits for beyond the PIN's Argon2id stretch (0.5–2 s by design, which no
 * start-up work can shorten): the lock screen gone (key in memory) → the first question painted.
 * The total (c) is printed next to it, without a budget.
 */
const budgetMs = 260;
/** Issue 8: Voordeur's first question at most this many times the floor's. */
const warmRatioBudget = 1.5;
const coldRatioBudget = 1.2;
/** DESIGN's initial-JS budget, held to what is fetched before the first question (the entry alone is a few KB). */
const jsBeforeQuestionBudgetKb = 160;

/** A freshly started browser on the installed profile, offline and slowed down. */
async function withOfflineBrowser(profile: string, selector: string, use: (page: Page) => Promise<void>): Promise<void> {
  const context = await launchPersistentChromium(profile);
  try {
    // Since the lock: every load of the app opens on the lock screen (the key lives only in
    // memory), and the worker types the PIN. The app's time is therefore navigation → lock
    // screen → PIN (Argon2id) → first question; the floor has no lock. The marks split it into
    // the app's own start (navigation → lock screen) and the unlock (PIN submitted → question).
    unlockAfterEveryLoad(context);
    await recordFirstAppearance(context, selector);
    await recordUnlockMarks(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await goOfflineAndSlow(context, page);
    await use(page);
  } finally {
    await context.close();
  }
}

/** Opens the floor page online once, so its service worker precaches it and its record is stored. */
async function installFloor(profile: string, url: string): Promise<void> {
  const context = await launchPersistentChromium(profile);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForSelector(firstQuestionSelector);
  } finally {
    await context.close();
  }
}

interface Subject {
  profile: string;
  url: string;
  selector: string;
  /** Where its built files are, to weigh the scripts it fetched. */
  dir: string;
  cold: number[];
  warm: number[];
  /** Only the app's loads, which pass the lock screen: where each load's time went. */
  coldMarks: UnlockMarks[];
  warmMarks: UnlockMarks[];
  /** Tap on "Gesprekshulp" on the first-question screen → the aid's dialog painted. */
  openAid: number[];
  scripts: string[];
}

const aidRuns = 5;
const aidButton = 'Gesprekshulp';
const aidTitle = '#aids-title';

async function gzipSizes(dir: string, paths: readonly string[]): Promise<Array<{ path: string; gzipKb: number }>> {
  const sizes = [];
  for (const path of paths) sizes.push({ path, gzipKb: round(gzipSync(await readFile(join(dir, path.replace(/^\//, ''))), { level: 9 }).length / 1024, 2) });
  return sizes;
}

async function gzipKb(dir: string, paths: readonly string[]): Promise<number> {
  return round((await gzipSizes(dir, paths)).reduce((sum, { gzipKb }) => sum + gzipKb, 0), 1);
}

/** Which chunks the first question needed, largest first: what to look at when the total grows. */
async function writeScriptList(benchDir: string, dir: string, paths: readonly string[]): Promise<void> {
  const sizes = (await gzipSizes(dir, paths)).sort((a, b) => b.gzipKb - a.gzipKb);
  await mkdir(benchDir, { recursive: true });
  await writeFile(join(benchDir, 'first-question-scripts.json'), JSON.stringify(sizes, null, 2));
}

export const firstQuestion: Measure = {
  name: 'first question offline',
  async run({ distDir }) {
    const server = await startBenchServer();
    const profile = await mkdtemp(join(tmpdir(), 'voordeur-bench-'));
    const floorProfile = await mkdtemp(join(tmpdir(), 'voordeur-bench-floor-'));
    const floorDir = join(distDir, '..', '.bench', 'first-question-floor');
    await buildFloor(floorDir);
    const floorServer = await serveFloor(floorDir);
    try {
      const install = await launchPersistentChromium(profile);
      const url = await prepareContact(install, server.server);
      const page = await install.newPage();
      await page.goto(url);
      const target = await pickTarget(page);
      await install.close();
      await installFloor(floorProfile, floorServer.url + '/');

      const fresh = { cold: [], warm: [], coldMarks: [], warmMarks: [], openAid: [], scripts: [] };
      const app: Subject = { profile, url, selector: target.selector, dir: distDir, ...fresh };
      const floor: Subject = { profile: floorProfile, url: floorServer.url + '/', selector: firstQuestionSelector, dir: floorDir, ...structuredClone(fresh) };
      for (let run = 0; run < runs; run++) {
        for (const subject of run % 2 === 0 ? [app, floor] : [floor, app]) {
          await withOfflineBrowser(subject.profile, subject.selector, async (page) => {
            const visibleAt = await timeToAppearance(page, subject.url);
            subject.cold.push(visibleAt);
            if (subject === app) app.coldMarks.push(await unlockMarks(page, visibleAt));
          });
        }
      }
      await withOfflineBrowser(app.profile, app.selector, (appPage) =>
        withOfflineBrowser(floor.profile, floor.selector, async (floorPage) => {
          const pages = new Map([[app, appPage], [floor, floorPage]]);
          for (const [subject, page] of pages) for (let run = 0; run < warmUpRuns; run++) await timeToAppearance(page, subject.url);
          for (let run = 0; run < runs; run++) {
            for (const [subject, page] of pages) {
              const visibleAt = await timeToAppearance(page, subject.url);
              subject.warm.push(visibleAt);
              if (subject === app) app.warmMarks.push(await unlockMarks(page, visibleAt));
            }
          }
          for (const [subject, page] of pages) subject.scripts = await scriptsLoadedBefore(page);
          // Issue 13: an aid opens from a step in a moment. Each time on a freshly loaded screen,
          // so the aids' own chunk is fetched (from the service worker) as a worker's first tap does.
          for (let run = 0; run < aidRuns; run++) {
            for (const [subject, page] of pages) {
              await timeToAppearance(page, subject.url);
              subject.openAid.push(await tapToAppearance(page, aidButton, aidTitle));
            }
          }
        }),
      );

      const what = target.isFallback ? `${fallbackSelector} (FALLBACK: no ${firstQuestionSelector} yet)` : 'first question';
      const median = (values: number[]) => quantile(values, 0.5);
      const warmMedian = median(app.warm);
      const floorWarm = median(floor.warm);
      const floorCold = median(floor.cold);
      const lockWarm = median(app.warmMarks.map((m) => m.lockPainted));
      const lockCold = median(app.coldMarks.map((m) => m.lockPainted));
      const unlockWarm = median(app.warmMarks.map((m) => m.afterSubmit));
      const unlockCold = median(app.coldMarks.map((m) => m.afterSubmit));
      const afterUnlockWarm = median(app.warmMarks.map((m) => m.afterUnlock));
      // Issue 8's ratios are about the app's own start: navigation → its first screen (the lock
      // screen, which needs the shell, React, Dexie and the session read) next to the floor's
      // first question. The total also holds the bench typing the PIN and its Argon2id stretch
      // (0.5–2 s by design, measure "unlock"), which no start-up work can shorten.
      const lockWarmRatio = lockWarm / floorWarm;
      const lockColdRatio = lockCold / floorCold;
      const rows: BenchRow[] = [
        {
          name: `(c) Navigation → lock screen → PIN → ${what}, offline, ${cpuSlowdown}× CPU, warm (after ${warmUpRuns} loads), median of ${runs}`,
          value: round(warmMedian, 0),
          unit: 'ms',
        },
        {
          name: `(c) Navigation → lock screen → PIN → ${what}, offline, ${cpuSlowdown}× CPU, cold start, median of ${runs}`,
          value: round(median(app.cold), 0),
          unit: 'ms',
        },
        { name: `(a) Navigation → lock screen painted, warm, median of ${runs}`, value: round(lockWarm, 0), unit: 'ms' },
        { name: `(a) Navigation → lock screen painted, cold start, median of ${runs}`, value: round(lockCold, 0), unit: 'ms' },
        { name: `(b) PIN submitted → ${what} painted (Argon2id stretch, unlock, first question), warm, median of ${runs}`, value: round(unlockWarm, 0), unit: 'ms' },
        { name: `(b) PIN submitted → ${what} painted, cold start, median of ${runs}`, value: round(unlockCold, 0), unit: 'ms' },
        {
          name: `(d) Unlocked (lock screen gone, key in memory) → ${what} painted, ${cpuSlowdown}× CPU, warm, median of ${runs}`,
          value: round(afterUnlockWarm, 0),
          unit: 'ms',
          budget: `≤ ${budgetMs}`,
          ok: afterUnlockWarm <= budgetMs,
        },
        { name: `(d) Unlocked → ${what} painted, cold start, median of ${runs}`, value: round(median(app.coldMarks.map((m) => m.afterUnlock)), 0), unit: 'ms' },
        { name: `Floor (bare React + RHF + zod + Dexie page): first question, warm, median of ${runs}`, value: round(floorWarm, 0), unit: 'ms' },
        { name: `Floor: first question, cold start, median of ${runs}`, value: round(floorCold, 0), unit: 'ms' },
        { name: 'App start warm: (a) lock screen ÷ floor first question', value: round(lockWarmRatio, 2), unit: '×', budget: `≤ ${warmRatioBudget}`, ok: lockWarmRatio <= warmRatioBudget },
        { name: 'App start cold: (a) lock screen ÷ floor first question', value: round(lockColdRatio, 2), unit: '×', budget: `≤ ${coldRatioBudget}`, ok: lockColdRatio <= coldRatioBudget },
        { name: 'First question warm, (c) with the PIN: Voordeur ÷ floor', value: round(warmMedian / floorWarm, 2), unit: '×' },
        { name: 'First question cold, (c) with the PIN: Voordeur ÷ floor', value: round(median(app.cold) / floorCold, 2), unit: '×' },
      ];
      await writeScriptList(join(distDir, '..', '.bench'), app.dir, app.scripts);
      const appKb = await gzipKb(app.dir, app.scripts);
      const floorKb = await gzipKb(floor.dir, floor.scripts);
      rows.push(
        { name: `JS fetched before the first question, gzip (${app.scripts.length} files)`, value: appKb, unit: 'KB', budget: `≤ ${jsBeforeQuestionBudgetKb}`, ok: appKb <= jsBeforeQuestionBudgetKb },
        { name: `Floor: JS fetched before its first question, gzip (${floor.scripts.length} files)`, value: floorKb, unit: 'KB' },
        { name: 'JS before the first question: Voordeur ÷ floor', value: round(appKb / floorKb, 2), unit: '×' },
        { name: `Open the conversation aids from a step (tap → dialog painted), ${cpuSlowdown}× CPU, median of ${aidRuns}`, value: round(median(app.openAid), 0), unit: 'ms' },
        { name: `Floor: open a lazily loaded aid dialog, median of ${aidRuns}`, value: round(median(floor.openAid), 0), unit: 'ms' },
        { name: 'Open an aid: Voordeur ÷ floor', value: round(median(app.openAid) / median(floor.openAid), 2), unit: '×' },
      );
      return rows;
    } finally {
      await floorServer.stop();
      await rm(profile, { recursive: true, force: true });
      await rm(floorProfile, { recursive: true, force: true });
      await server.stop();
    }
  },
};
