/**
 * One value that components read with useSyncExternalStore. A form keeps its save status here
 * rather than in React state, so that only the small status line re-renders when a save starts
 * and ends, not the whole form with every question in it (on a slow phone that re-render is
 * most of what a keystroke's autosave costs).
 */
export interface ValueStore<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

export function createValueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
