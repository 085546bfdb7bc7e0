// "Is a new version ready, and has the worker put the banner away for now?" as a tiny external
// store for useSyncExternalStore.
type Listener = () => void;

export interface UpdateState {
  available: boolean;
  /** The worker said "later": only a small reminder shows until they open it again. */
  dismissed: boolean;
}

let state: UpdateState = { available: false, dismissed: false };
const listeners = new Set<Listener>();

function set(next: UpdateState): void {
  if (next.available === state.available && next.dismissed === state.dismissed) return;
  state = next;
  for (const listener of listeners) listener();
}

export function getUpdateState(): UpdateState {
  return state;
}

export function isUpdateAvailable(): boolean {
  return state.available;
}

export function setUpdateAvailable(value: boolean): void {
  set({ ...state, available: value });
}

/** "Later" (true) or the reminder tapped (false). */
export function setUpdateDismissed(value: boolean): void {
  set({ ...state, dismissed: value });
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
