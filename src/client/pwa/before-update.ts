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

/** Thrown by a before-update task when input would be lost: names the fields the worker must fix first. */
export class UpdateBlocked extends Error {
  override name = 'UpdateBlocked';
  constructor(
    readonly fieldLabels: readonly string[],
    /** Puts the cursor in the first of them. */
    readonly focusFirst: () => void = () => {},
  ) {
    super('An update would lose input that is not saved');
  }
}
