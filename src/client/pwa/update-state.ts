// "Is a new version ready?" as a tiny external store for useSyncExternalStore.
type Listener = () => void;

let updateAvailable = false;
const listeners = new Set<Listener>();

export function isUpdateAvailable(): boolean {
  return updateAvailable;
}

export function setUpdateAvailable(value: boolean): void {
  if (updateAvailable === value) return;
  updateAvailable = value;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
