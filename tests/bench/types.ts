import type { Browser } from 'playwright-core';

export interface BenchRow {
  name: string;
  /** A number, or a note such as "n/a (not yet implemented)". */
  value: number | string;
  unit: string;
  /** Human-readable budget, e.g. "≤ 160". */
  budget?: string;
  /** Whether the value is within budget; left out for rows without a budget. */
  ok?: boolean;
}

/** Shared, lazily started resources; run.ts closes them at the end. */
export interface BenchContext {
  distDir: string;
  /** The bench build with the test-only plain codec (no encryption), built on first use (run.ts). */
  plainDistDir(): Promise<string>;
  browser(): Promise<Browser>;
}

export interface Measure {
  name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}
