import Dexie, { type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { tellLiveQueriesAfterCommit } from '../../../../src/client/db/live-after-commit';

// Dexie fires `storagemutated` inside a transaction's complete handler, and every liveQuery
// subscribes its re-run to it. The adapter moves what the observers hear to a task of their own.
// Fired here by hand: in fake-indexeddb a writer's resume after the commit spans tasks, so the
// order against a real commit is only meaningful in a browser (the autosave bench shows it).
const event = () => Dexie.on.storagemutated;
// What changed is opaque to the adapter: one part per table is enough to see it merged.
const partsOf = (table: string) => ({ [`idb://test/${table}/`]: {} }) as unknown as ObservabilitySet;

function listen() {
  const heard: ObservabilitySet[] = [];
  let resolveNext!: () => void;
  let next = new Promise<void>((resolve) => (resolveNext = resolve));
  const listener = (parts: ObservabilitySet) => {
    heard.push(parts);
    resolveNext();
    next = new Promise<void>((resolve) => (resolveNext = resolve));
  };
  event().subscribe(listener);
  return { heard, listener, nextCall: () => next };
}

describe('live queries hear of a commit in a task after it (live-after-commit.ts)', () => {
  tellLiveQueriesAfterCommit();

  it('an observer is not told inside the commit, but right after, once for what several commits changed', async () => {
    const { heard, listener, nextCall } = listen();
    const told = nextCall();
    event().fire(partsOf('records'));
    event().fire(partsOf('outbox'));
    expect(heard).toHaveLength(0);

    await told;
    expect(heard).toHaveLength(1);
    expect(Object.keys(heard[0]!).sort()).toEqual(['idb://test/outbox/', 'idb://test/records/']);
    event().unsubscribe(listener);
  });

  it('an observer that unsubscribed before the task is not told', async () => {
    const gone = listen();
    const stays = listen();
    const told = stays.nextCall();
    event().fire(partsOf('meta'));
    event().unsubscribe(gone.listener);

    await told;
    expect(gone.heard).toHaveLength(0);
    expect(stays.heard).toHaveLength(1);
    event().unsubscribe(stays.listener);
  });
});
