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
  if ([...handles].some((handle) => handle.hasUnsavedInput())) throw new UnsavedInputError(invalidFields());
}

/**
 * The one navigation guard: leave (go) only once every open form has stored what was typed, so
 * the next view reads it. When a field holds invalid input, stay (resolves false): the field
 * shows what is wrong, and leaving would throw the typed text away.
 */
export async function leaveAfterSaving(go: () => void): Promise<boolean> {
  try {
    await flushAllAutosaves();
  } catch {
    return false;
  }
  go();
  return true;
}

/** Input that is not saved, with the fields (as the worker sees them marked) that hold it. */
export class UnsavedInputError extends Error {
  override name = 'UnsavedInputError';
  readonly fieldLabels: readonly string[];
  constructor(private readonly fields: readonly HTMLElement[]) {
    super('A form holds invalid input that is not saved');
    this.fieldLabels = [...new Set(fields.map(labelOf).filter((label) => label !== ''))];
  }

  /** Put the cursor in the first field to fix. */
  focusFirst(): void {
    const first = this.fields[0];
    (first?.matches('fieldset') ? first.querySelector<HTMLElement>('input') : first)?.focus();
  }
}

/** The fields marked invalid on screen: what the worker must fix before their input can be saved. */
function invalidFields(): HTMLElement[] {
  return typeof document === 'undefined' ? [] : [...document.querySelectorAll<HTMLElement>('[aria-invalid="true"]')];
}

function labelOf(field: HTMLElement): string {
  const label = field.matches('fieldset') ? field.querySelector('legend') : (field as HTMLInputElement).labels?.[0];
  return (label?.textContent ?? field.getAttribute('aria-label') ?? '').trim();
}
