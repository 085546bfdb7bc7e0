// The kernteam's review at a team's scale, side by side with the plain households list: 5,000
// households pulled onto a device, then at 4× CPU each list is opened (reload → first rows), the
// review is filtered and searched (change → list painted), and both are scrolled (long tasks).
import type { Page } from 'playwright-core';
import { quantile, round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { changeMs, scrollFrames } from './list-timing';
import { cpuSlowdown, recordFirstAppearance, timeToAppearance } from './offline-page';
import { logInFreshDevice, waitForSyncState } from './sync/browser-device';
import { startSeededServer } from './sync/seeded-server';

const households = 5_000;
const filterBudgetMs = 100;
const n = households.toLocaleString('en');

const settle = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));

async function openAndScroll(page: Page, url: string, label: string): Promise<{ firstRowsMs: number; rows: BenchRow[] }> {
  const firstRowsMs = await timeToAppearance(page, url);
  await settle(page);
  const { frames, longTasks, longTaskMs } = await scrollFrames(page, 40_000, 120);
  await page.evaluate(() => window.scrollTo(0, 0));
  return {
    firstRowsMs,
    rows: [
      { name: `${label}, ${n} households, 4× CPU: reload → first rows painted`, value: round(firstRowsMs, 0), unit: 'ms' },
      { name: `${label}, 4× CPU: scroll, p95 frame`, value: round(quantile(frames, 0.95), 0), unit: 'ms' },
      { name: `${label}, 4× CPU: scroll, long tasks (total ${round(longTaskMs, 0)} ms)`, value: longTasks, unit: `in ${frames.length} frames` },
    ],
  };
}

export const reviewList: Measure = {
  name: 'kernteam review, 5,000 households',
  async run({ browser }) {
    const seeded = await startSeededServer(households * 2, { recordsPerHousehold: 2 });
    const context = await (await browser()).newContext({ viewport: { width: 360, height: 740 } });
    try {
      await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      const { page } = await logInFreshDevice(context, seeded.server.url);
      await waitForSyncState(page, (s) => s.cursor === seeded.lastSeq, 600_000);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      // Both lists draw their rows as cards in main.
      await recordFirstAppearance(context, 'main .card');
      const plain = await openAndScroll(page, new URL('/', seeded.server.url).href, 'Households list (floor)');
      const review = await openAndScroll(page, new URL('/kernteam', seeded.server.url).href, 'Kernteam review');
      const count = '[data-testid="review-count"]';
      const changes = [
        await changeMs(page, '#review-flag', count, 'crisis'),
        await changeMs(page, '#review-flag', count, '*'),
        await changeMs(page, '#review-period', count, 'week'),
        await changeMs(page, '#review-period', count, '*'),
        await changeMs(page, '#review-search', count, 'voorbeeldstraat 4321'),
        await changeMs(page, '#review-search', count, ''),
      ];
      const slowest = round(Math.max(...changes), 0);
      return [
        ...plain.rows,
        ...review.rows,
        { name: `Kernteam review: first rows, ratio to the households list`, value: round(review.firstRowsMs / plain.firstRowsMs, 2), unit: '×' },
        {
          name: `Kernteam review, 4× CPU: filter or search, slowest of 6 (change → list painted; ${changes.map((ms) => round(ms, 0)).join(' / ')} ms)`,
          value: slowest,
          unit: 'ms',
          budget: `≤ ${filterBudgetMs}`,
          ok: slowest <= filterBudgetMs,
        },
      ];
    } finally {
      await context.close();
      await seeded.stop();
    }
  },
};
