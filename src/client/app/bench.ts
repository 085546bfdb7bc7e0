import type { DataLayer } from '../db';
import type { SyncEngine } from '../sync';
import { settleWrites } from '../ui/kit/pending-writes';
import { syncBenchHooks, type BenchSyncHooks } from './bench-sync';
import { benchPasskeyUnlock, type UnlockTimes } from './bench-unlock';

declare global {
  interface Window {
    __voordeurBench?: { autosave(): Promise<number>; passkeyUnlock(rounds: number): Promise<UnlockTimes> } & BenchSyncHooks;
  }
}

/**
 * Hooks for `npm run bench`, installed only with `?bench=1` in the address. `autosave()` types
 * one character into the field marked `data-bench="first-question"` (or the focused text field)
 * the way a keyboard does, then saves through the normal autosave → repository path without
 * waiting for the typing pause, and resolves with the milliseconds until the write committed
 * (strict durability: committed is on disk). The sync hooks are in bench-sync.ts.
 */
export function installBench(data: DataLayer, sync: SyncEngine): void {
  window.__voordeurBench = {
    ...syncBenchHooks(data, sync),
    passkeyUnlock: benchPasskeyUnlock,
    async autosave() {
      const field = benchField();
      if (!field) throw new Error('No text field to type into');
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      const started = performance.now();
      setValue.call(field, `${field.value}x`);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await settleWrites();
      return performance.now() - started;
    },
  };
}

function benchField(): HTMLTextAreaElement | null {
  const focused = document.activeElement;
  if (focused instanceof HTMLTextAreaElement) return focused;
  return document.querySelector<HTMLTextAreaElement>('textarea[data-bench="first-question"]');
}
