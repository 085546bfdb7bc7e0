/**
 * Ask the browser once to keep this device's data even when space runs low. Returns whether
 * storage is persistent, or null when the browser cannot tell (then we say nothing).
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage): Promise<boolean | null> {
  if (!storage?.persisted) return null;
  try {
    if (await storage.persisted()) return true;
    return storage.persist ? await storage.persist() : false;
  } catch (error) {
    console.warn('Could not ask for persistent storage', error);
    return null;
  }
}
