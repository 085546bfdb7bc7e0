// Every mounted autosaving form registers its flush here, so that work which must not lose
// input (an app update reloading the page, the bench) can save everything at once.

export interface AutosaveHandle {
  /** Save every pending valid change now; resolves when the writes committed. */
  flush(): Promise<void>;
  /** True while a field holds typed input that could not be saved (it is invalid). */
  hasUnsavedInput(): boolean;
}

const handles = new Set<AutosaveHandle>();

export function registerAutosave(handle: AutosaveHandle): () => void {
  handles.add(handle);
  return () => {
    handles.delete(handle);
  };
}

/**
 * Flush every autosaving form. Rejects when input would be lost by a reload: a write that
 * failed, or typed input that is invalid and so not saved (the person should fix it first).
 */
export async function flushAllAutosaves(): Promise<void> {
  await Promise.all([...handles].map((handle) => handle.flush()));
  if ([...handles].some((handle) => handle.hasUnsavedInput())) {
    throw new Error('A form holds invalid input that is not saved');
  }
}
