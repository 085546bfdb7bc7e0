// Autosave latency: one change in a form until it is durable in IndexedDB, measured by the
// app itself at 4× CPU throttling, offline. With encryption (the app as shipped) next to the same
// app built with the test-only plain codec (run.ts's plain build), in alternating rounds in one
// run, so the ratio is what encryption at rest costs a keystroke on this machine at this moment.
// Both set up a PIN (the app's screens need an unlocked device, whatever the codec), so the plain
// build still seals the keystroke's draft in localStorage (crypto/draft-seal.ts, synchronous
// AES-GCM of a few hundred bytes): the ratio is the record and outbox sealing through WebCrypto,
// which is all of the difference but that draft seal.
//
// Contract with the UI: on the contact screen opened with ?bench=1 the app exposes
//   window.__voordeurBench.autosave(): Promise<number>
// which makes one change through the normal autosave path and resolves with the
// milliseconds until that write's Dexie transaction has committed (durability 'strict'), and
//   window.__voordeurBench.autosaveFloor(): Promise<number>
// its floor: the record just saved, put again as stored (sealed) in one strict transaction of its
// own, in the same page right after each sample; the ratio autosave ÷ floor is what the write
// path adds to one durable IndexedDB write (validation, sealing, outbox, summary, the form).
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../e2e/support/server';
import { quantile, round } from '../stats';
import type { BenchRow, Measure } from '../types';
import { cpuSlowdown, pickTarget, slowDown } from './offline-page';
import { prepareContact, startBenchServer } from './prepared-contact';

/** Per variant; taken in `rounds` alternating blocks (encrypted, plain, encrypted, …). */
const samples = 40;
const rounds = 4;
const budgetP95Ms = 50;

type BenchWindow = { __voordeurBench?: { autosave?: () => Promise<number>; autosaveFloor?: () => Promise<number> } };

interface Variant {
  /** null while the screen or the hook is missing, with the reason as the row's value. */
  page: Page | null;
  missing: string;
  latencies: number[];
  /** The floor's, one after each sample. */
  floors: number[];
}

/** A fresh profile on `server`, logged in with a PIN, offline and slowed, on the contact's first question. */
async function openVariant(context: BrowserContext, server: RunningServer): Promise<Variant> {
  const variant: Variant = { page: null, missing: '', latencies: [], floors: [] };
  const url = await prepareContact(context, server);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // This load's own unlock (unlockAfterEveryLoad) done first, so that it cannot race the unlock
  // after the reload below (a row said "no first question" now and then; this is one suspect).
  await pickTarget(page);
  // Offline from the reload on; slowed only once the screen is there: the reload passes the lock
  // screen (the PIN's Argon2id stretch, timed in the unlock rows), which at 4× CPU on a busy
  // machine can outlast pickTarget's wait (the other suspect for "no first question").
  await context.setOffline(true);
  await page.reload();
  // The hook types into the first question, so it needs that screen.
  if ((await pickTarget(page)).isFallback) return { ...variant, missing: 'n/a (the contact screen shows no first question)' };
  await slowDown(context, page);
  // The hook is loaded lazily after the screen; give it a moment.
  await page
    .waitForFunction(() => typeof (window as unknown as BenchWindow).__voordeurBench?.autosave === 'function', undefined, { timeout: 10_000 })
    .catch(() => undefined);
  const available = await page.evaluate(() => typeof (window as unknown as BenchWindow).__voordeurBench?.autosave === 'function');
  if (!available) return { ...variant, missing: 'n/a (not yet implemented)' };
  return { ...variant, page };
}

async function takeSamples(variant: Variant, count: number): Promise<void> {
  for (let sample = 0; sample < count; sample++) {
    variant.latencies.push(await variant.page!.evaluate(() => (window as unknown as Required<BenchWindow>).__voordeurBench.autosave!()));
    variant.floors.push(await variant.page!.evaluate(() => (window as unknown as Required<BenchWindow>).__voordeurBench.autosaveFloor!()));
  }
}

function rowsOf(label: string, variant: Variant, budget?: number): BenchRow[] {
  if (!variant.page) return [{ name: label, value: variant.missing, unit: '' }];
  const { latencies, floors } = variant;
  const p95 = quantile(latencies, 0.95);
  const ratio = (q: number) => round(quantile(latencies, q) / quantile(floors, q), 2);
  return [
    { name: `${label}, p50 of ${latencies.length}`, value: round(quantile(latencies, 0.5)), unit: 'ms' },
    {
      name: `${label}, p95 of ${latencies.length}`,
      value: round(p95),
      unit: 'ms',
      ...(budget === undefined ? {} : { budget: `≤ ${budget}`, ok: p95 <= budget }),
    },
    {
      name: `${label}: floor (the same sealed record put again, one strict transaction), p50 / p95 of ${floors.length}`,
      value: `${round(quantile(floors, 0.5))} / ${round(quantile(floors, 0.95))}`,
      unit: 'ms',
    },
    { name: `${label}: ÷ floor, p50 / p95`, value: `${ratio(0.5)} / ${ratio(0.95)}`, unit: '×' },
  ];
}

export const autosave: Measure = {
  name: 'autosave',
  async run({ browser, plainDistDir }) {
    const server = await startBenchServer(await plainDistDir());
    const contexts = [await (await browser()).newContext(), await (await browser()).newContext()] as const;
    try {
      const encrypted = await openVariant(contexts[0], server.server);
      const plain = await openVariant(contexts[1], server.plain!);
      const ready = [encrypted, plain].filter((v) => v.page);
      for (let block = 0; block < rounds; block++) {
        for (const variant of ready) await takeSamples(variant, samples / rounds);
      }
      const label = `Autosave change → durable, ${cpuSlowdown}× CPU`;
      const rows = [
        ...rowsOf(`${label}, encrypted`, encrypted, budgetP95Ms),
        ...rowsOf(`${label}, without encryption (plain codec)`, plain),
      ];
      if (encrypted.page && plain.page) {
        const ratio = (q: number) => round(quantile(encrypted.latencies, q) / quantile(plain.latencies, q), 2);
        rows.push({ name: `${label}: encrypted ÷ without encryption, p50 / p95`, value: `${ratio(0.5)} / ${ratio(0.95)}`, unit: '×' });
      }
      return rows;
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
      await server.stop();
    }
  },
};
