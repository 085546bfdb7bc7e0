// Autosave latency: one change in a form until it is durable in IndexedDB, measured by the
// app itself at 4× CPU throttling, offline.
//
// Contract with the UI: on the contact screen opened with ?bench=1 the app exposes
//   window.__voordeurBench.autosave(): Promise<number>
// which makes one change through the normal autosave path and resolves with the
// milliseconds until that write's Dexie transaction has committed (durability 'strict').
import type { Page } from 'playwright-core';
import { quantile, round } from '../stats';
import type { Measure } from '../types';
import { cpuSlowdown, goOfflineAndSlow, pickTarget } from './offline-page';
import { prepareContact, startBenchServer } from './prepared-contact';

const samples = 40;
const budgetP95Ms = 50;

type BenchWindow = { __voordeurBench?: { autosave?: () => Promise<number> } };

/** Returns one latency per sample, or null while the app does not expose the hook yet. */
async function measureAutosave(page: Page): Promise<number[] | null> {
  // The hook is loaded lazily after the screen; give it a moment.
  await page
    .waitForFunction(() => typeof (window as unknown as BenchWindow).__voordeurBench?.autosave === 'function', undefined, { timeout: 10_000 })
    .catch(() => undefined);
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
  async run({ browser }) {
    const server = await startBenchServer();
    const context = await (await browser()).newContext();
    try {
      const url = await prepareContact(context, server);
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await goOfflineAndSlow(context, page);
      await page.reload();
      const label = `Autosave change → durable, ${cpuSlowdown}× CPU`;
      // The hook types into the first question, so it needs that screen.
      if ((await pickTarget(page)).isFallback) {
        return [{ name: label, value: 'n/a (the contact screen shows no first question)', unit: '' }];
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
      await server.stop();
    }
  },
};
