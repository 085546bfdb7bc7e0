import type { DataLayer } from '../db';
import type { SyncEngine } from '../sync';
import { questionFieldId } from '../ui/contact/QuestionField';
import { settleWrites } from '../ui/kit/pending-writes';
import { syncBenchHooks, type BenchSyncHooks } from './bench-sync';
import { benchPasskeyUnlock, type UnlockTimes } from './bench-unlock';

declare global {
  interface Window {
    __voordeurBench?: { autosave(): Promise<number>; autosaveFloor(): Promise<number>; passkeyUnlock(rounds: number): Promise<UnlockTimes> } & BenchSyncHooks;
  }
}

/**
 * Hooks for `npm run bench`, installed only with `?bench=1` in the address. `autosave()` types
 * one character into the first question's field (`#q-eerste-vraag`) (or the focused text field)
 * the way a keyboard does, then saves through the normal autosave → repository path without
 * waiting for the typing pause, and resolves with the milliseconds until the write committed
 * (strict durability: committed is on disk). `autosaveFloor()` is its floor: the record written
 * last (the contact that autosave just saved), put again as it is stored, sealed, in one strict
 * transaction of its own: what one durable IndexedDB write of that record costs in this page at
 * this moment, without validating, sealing, the outbox or the summary. The sync hooks are in bench-sync.ts.
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
    async autosaveFloor() {
      const last = await data.db.records.orderBy('touchedAt').last();
      if (!last) throw new Error('No record to write again');
      const started = performance.now();
      await data.db.transaction('rw', data.db.records, () => data.db.records.put(last));
      return performance.now() - started;
    },
  };
}

function benchField(): HTMLTextAreaElement | null {
  const focused = document.activeElement;
  if (focused instanceof HTMLTextAreaElement) return focused;
  return document.querySelector<HTMLTextAreaElement>(`textarea#${questionFieldId('eerste-vraag')}`);
}
