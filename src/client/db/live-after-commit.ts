import Dexie, { type ObservabilitySet } from 'dexie';

type Listener = (parts: ObservabilitySet) => unknown;

/**
 * Live queries hear of a commit in a task of their own, after the writer's await has returned.
 *
 * WHY: Dexie tells its live-query observers of a commit inside the transaction's `complete`
 * handler, and each observer starts its query there, synchronously, before the microtasks that
 * resume the writer run. Every live query on screen (the sync status's outbox count, the session,
 * the contact, lists) therefore opened its transactions and ran its querier inside a keystroke's
 * save, between "committed" and "saved": on a slow phone a fifth of change → durable. The data
 * is on disk at `complete` (strict durability); the screens re-read one task later, as they
 * would after any other write.
 *
 * Observers that subscribe after this is installed (every liveQuery does so when it first runs)
 * are wrapped; what several commits changed before the task runs reaches each observer once,
 * merged. Idempotent: the database calls it when it is created.
 */
export function tellLiveQueriesAfterCommit(): void {
  const event = Dexie.on.storagemutated;
  if (installed.has(event)) return;
  installed.add(event);
  const subscribe = event.subscribe.bind(event);
  const unsubscribe = event.unsubscribe.bind(event);
  const later = new Map<Listener, Listener>();
  event.subscribe = (listener: Listener) => {
    let deferred = later.get(listener);
    if (!deferred) {
      deferred = (parts) => tellLater(listener, parts);
      later.set(listener, deferred);
    }
    subscribe(deferred);
  };
  event.unsubscribe = (listener: Listener) => {
    const deferred = later.get(listener);
    later.delete(listener);
    pending.delete(listener);
    unsubscribe(deferred ?? listener);
  };
}

const installed = new WeakSet<object>();
/**
 * Per observer, what the commits since it was last told changed. Kept as Dexie handed them
 * (nothing copied inside the commit's task) and merged in the observer's own task.
 */
const pending = new Map<Listener, ObservabilitySet[]>();
let scheduled = false;

function tellLater(listener: Listener, parts: ObservabilitySet): void {
  const waiting = pending.get(listener);
  if (waiting) waiting.push(parts);
  else pending.set(listener, [parts]);
  if (scheduled) return;
  scheduled = true;
  setTimeout(tellAll, 0);
}

function tellAll(): void {
  scheduled = false;
  const due = [...pending];
  pending.clear();
  for (const [listener, changes] of due) {
    listener(changes.length === 1 ? changes[0]! : changes.reduce((all, parts) => Dexie.extendObservabilitySet(all, parts), {}));
  }
}
