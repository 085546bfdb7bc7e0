// Autosave latency: one change in a form until it is durable in IndexedDB, measured by the
// app itself at 4× CPU throttling, offline.
//
// Contract with the UI: on the screen at /?bench=1 the app exposes
//   window.__voordeurBench.autosave(): Promise<number>
// which makes one change through the normal autosave path and resolves with the
// milliseconds until that write's Dexie transaction has committed (durability 'strict').
import type { Page } from 'playwright-core';
import { quantile, round } from '../stats';
import type { Measure } from '../types';
import { benchPath, cpuSlowdown, goOfflineAndSlow, installApp, pickTarget } from './offline-page';

const samples = 40;
const budgetP95Ms = 50;

type BenchWindow = { __voordeurBench?: { autosave?: () => Promise<number> } };

/** Returns one latency per sample, or null while the app does not expose the hook yet. */
export async function measureAutosave(page: Page): Promise<number[] | null> {
  const available = await page.evaluate(() => typeof (window as unknown as BenchWindow).__voordeurBench?.autosave === 'function');
  if (!available) return null;
  const latencies: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    latencies.push(await page.evaluate(() => (window as unknown as Required<BenchWindow>).__voordeurBench.autosave!()));
  }
  return latencies;
}

export const autosave: Measure = {
  name: 'autosave',
  async run({ appUrl, browser }) {
    const context = await (await browser()).newContext();
    try {
      const url = new URL(benchPath, await appUrl()).href;
      const page = await installApp(context, url);
      await goOfflineAndSlow(context, page);
      await page.reload();
      const label = `Autosave change → durable, ${cpuSlowdown}× CPU`;
      // The hook types into the first question, so it needs that screen.
      if ((await pickTarget(page)).isFallback) {
        return [{ name: label, value: `n/a (no first question at ${benchPath} yet)`, unit: '' }];
      }
      const latencies = await measureAutosave(page);
      if (!latencies) return [{ name: label, value: 'n/a (not yet implemented)', unit: '' }];
      const p95 = quantile(latencies, 0.95);
      return [
        { name: `${label}, p50 of ${latencies.length}`, value: round(quantile(latencies, 0.5)), unit: 'ms' },
        { name: `${label}, p95 of ${latencies.length}`, value: round(p95), unit: 'ms', budget: `≤ ${budgetP95Ms}`, ok: p95 <= budgetP95Ms },
      ];
    } finally {
      await context.close();
    }
  },
};
