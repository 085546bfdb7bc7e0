// `npm run bench`: builds first (see package.json), then prints one markdown table of
// every measure in ./measures against the budgets of DESIGN.md. Exits 1 when a budget fails.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { benchOutDir } from '../../vite.config';
import { launchChromium } from '../e2e/support/chromium';
import { measures } from './measures';
import type { BenchContext, BenchRow } from './types';

function lazy<T>(start: () => Promise<T>): { get(): Promise<T>; started(): Promise<T> | undefined } {
  let value: Promise<T> | undefined;
  return { get: () => (value ??= start()), started: () => value };
}

function formatTable(rows: BenchRow[]): string {
  const lines = ['| Measure | Value | Budget | OK |', '|---|---:|---:|:---:|'];
  for (const row of rows) {
    const value = typeof row.value === 'number' ? `${row.value} ${row.unit}`.trim() : row.value;
    const budget = row.budget ? `${row.budget} ${row.unit}`.trim() : '';
    const ok = row.ok === undefined ? '' : row.ok ? 'yes' : '**NO**';
    lines.push(`| ${row.name} | ${value} | ${budget} | ${ok} |`);
  }
  return lines.join('\n');
}

/**
 * The app with the bench's hooks (`window.__voordeurBench`, src/client/app/bench.ts) exists only in
 * this build (vite.config.ts, mode "bench"), into its own directory; every server the measures
 * start serves it (DIST_DIR, inherited by tests/e2e/support/server.ts). The build for workers
 * (dist/) has none of it.
 *
 * `plain`: the same build with the test-only plain codec (VITE_PLAIN_CODEC=1, src/client/app/start.tsx:
 * nothing sealed, no data key), into `<dir>-plain` (ignored by git like dist-bench/), for the rows
 * "without encryption" next to the encrypted ones in the same run; built only when a measure asks.
 * Vite reads VITE_* variables from the environment while it builds; the variable is put back
 * afterwards, so nothing else in this process sees it.
 */
async function buildBenchApp({ plain = false } = {}): Promise<string> {
  const outDir = plain ? `${benchOutDir}-plain` : benchOutDir;
  const before = process.env.VITE_PLAIN_CODEC;
  if (plain) process.env.VITE_PLAIN_CODEC = '1';
  try {
    await build({ mode: 'bench', logLevel: 'warn', build: { outDir } });
  } finally {
    if (before === undefined) delete process.env.VITE_PLAIN_CODEC;
    else process.env.VITE_PLAIN_CODEC = before;
  }
  return join(process.cwd(), outDir);
}

async function main(): Promise<number> {
  const distDir = await buildBenchApp();
  process.env.DIST_DIR = distDir;
  const browser = lazy<Browser>(() => launchChromium());
  const plainDistDir = lazy(() => buildBenchApp({ plain: true }));
  const context: BenchContext = {
    distDir,
    plainDistDir: plainDistDir.get,
    browser: browser.get,
  };

  const rows: BenchRow[] = [];
  try {
    // BENCH_ONLY=autosave,first runs only the measures whose name contains one of the words.
    const only = process.env.BENCH_ONLY?.split(',').filter(Boolean);
    for (const measure of measures.filter((m) => !only || only.some((word) => m.name.includes(word)))) {
      console.error(`bench: ${measure.name}…`);
      try {
        rows.push(...(await measure.run(context)));
      } catch (error) {
        console.error(`bench: ${measure.name} failed`, error);
        rows.push({ name: measure.name, value: `error: ${(error as Error).message.split('\n')[0]}`, unit: '', ok: false });
      }
    }
  } finally {
    await (await browser.started())?.close();
  }

  console.log(formatTable(rows));
  await mkdir('.bench', { recursive: true });
  await writeFile(join('.bench', 'latest.json'), `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
  return rows.some((row) => row.ok === false) ? 1 : 0;
}

process.exitCode = await main();
