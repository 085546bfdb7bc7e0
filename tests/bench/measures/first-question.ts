// Time from navigation to the first question on screen, offline from the service worker,
// at 4× CPU throttling. Warm (the budgeted number): a browser that has opened the app a
// few times already, as when a worker reopens it during the day. Cold: the first
// navigation of a freshly started browser on the installed profile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchPersistentChromium } from '../../e2e/support/chromium';
import { quantile, round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { prepareContact, startBenchServer } from './prepared-contact';
import {
  cpuSlowdown,
  fallbackSelector,
  firstQuestionSelector,
  goOfflineAndSlow,
  pickTarget,
  recordFirstAppearance,
  timeToAppearance,
} from './offline-page';

const runs = 7;
const warmUpRuns = 5;
const budgetMs = 260;

/** A freshly started browser on the installed profile, offline and slowed down. */
async function withOfflineBrowser(profile: string, selector: string, use: (page: Page) => Promise<void>): Promise<void> {
  const context = await launchPersistentChromium(profile);
  try {
    await recordFirstAppearance(context, selector);
    const page = context.pages()[0] ?? (await context.newPage());
    await goOfflineAndSlow(context, page);
    await use(page);
  } finally {
    await context.close();
  }
}

export const firstQuestion: Measure = {
  name: 'first question offline',
  async run() {
    const server = await startBenchServer();
    const profile = await mkdtemp(join(tmpdir(), 'voordeur-bench-'));
    try {
      const install = await launchPersistentChromium(profile);
      const url = await prepareContact(install, server);
      const page = await install.newPage();
      await page.goto(url);
      const target = await pickTarget(page);
      await install.close();

      const cold: number[] = [];
      for (let run = 0; run < runs; run++) {
        await withOfflineBrowser(profile, target.selector, async (page) => {
          cold.push(await timeToAppearance(page, url));
        });
      }
      const warm: number[] = [];
      await withOfflineBrowser(profile, target.selector, async (page) => {
        for (let run = 0; run < warmUpRuns; run++) await timeToAppearance(page, url);
        for (let run = 0; run < runs; run++) warm.push(await timeToAppearance(page, url));
      });

      const what = target.isFallback ? `${fallbackSelector} (FALLBACK: no ${firstQuestionSelector} yet)` : 'first question';
      const warmMedian = quantile(warm, 0.5);
      const rows: BenchRow[] = [
        {
          name: `Navigation → ${what}, offline, ${cpuSlowdown}× CPU, warm (after ${warmUpRuns} loads), median of ${runs}`,
          value: round(warmMedian, 0),
          unit: 'ms',
          budget: `≤ ${budgetMs}`,
          ok: warmMedian <= budgetMs,
        },
        {
          name: `Navigation → ${what}, offline, ${cpuSlowdown}× CPU, cold start, median of ${runs}`,
          value: round(quantile(cold, 0.5), 0),
          unit: 'ms',
        },
      ];
      return rows;
    } finally {
      await rm(profile, { recursive: true, force: true });
      await server.stop();
    }
  },
};
