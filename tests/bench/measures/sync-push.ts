// Push from a browser: a worker made 1,000 changes offline (households, contact moments, notes,
// through the app's repositories); the phone comes online and the sync engine sends the outbox
// in batches. Timed from going online until the outbox is empty. No CPU throttling.
import { round } from '../stats';
import type { Measure } from '../types';
import { logInFreshDevice, readSyncState, waitForSyncState } from './sync/browser-device';
import { startSeededServer } from './sync/seeded-server';

const changeCount = 1_000;

export const syncPush: Measure = {
  name: 'push queued changes from a browser',
  async run({ browser }) {
    const seeded = await startSeededServer(0);
    const context = await (await browser()).newContext();
    try {
      const { page } = await logInFreshDevice(context, seeded.server.url);
      await waitForSyncState(page, (s) => s.cursor !== null && s.pending === 0, 30_000);
      await context.setOffline(true);
      const queueMs = await page.evaluate((count) => window.__voordeurBench!.queueChanges(count), changeCount);
      const queued = await readSyncState(page);
      if (queued.pending !== changeCount) throw new Error(`Outbox holds ${queued.pending} changes, expected ${changeCount}`);

      const online = performance.now();
      await context.setOffline(false);
      const { state, at } = await waitForSyncState(page, (s) => s.pending === 0, 120_000);
      if (state.rejected > 0) throw new Error(`${state.rejected} changes were refused`);
      const seconds = (at - online) / 1000;
      const what = `Push ${changeCount.toLocaleString('en')} changes queued offline, online → outbox empty`;
      return [
        { name: what, value: round(seconds, 1), unit: 's' },
        { name: `${what}, throughput`, value: round(changeCount / seconds, 0), unit: 'mutations/s' },
        { name: `Queueing those changes offline (repository write + outbox), mean per change`, value: round(queueMs / changeCount, 1), unit: 'ms' },
      ];
    } finally {
      await context.close();
      await seeded.stop();
    }
  },
};
