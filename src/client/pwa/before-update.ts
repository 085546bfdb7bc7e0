// Work that must finish before the page reloads into a new version (e.g. flushing the
// autosave), so an update never discards what someone typed.
type BeforeUpdate = () => Promise<void>;

const tasks = new Set<BeforeUpdate>();

/** Registers a task run (and awaited) before an update reloads the page. Returns an unregister function. */
export function registerBeforeUpdate(task: BeforeUpdate): () => void {
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
}

/** Runs every registered task; rejects if any of them fails, so the caller must not reload. */
export async function runBeforeUpdate(): Promise<void> {
  await Promise.all([...tasks].map((task) => task()));
}
