// Every write this tab still owes, in one place: each autosaving form registers here (and the
// device store's write queue, app/start.tsx). Whatever must not lose input waits on
// settleWrites(): every in-app navigation (router/location.ts), an app update before it reloads
// (app/save-before-update.ts), locking, and the bench. The page being hidden or closed flushes
// them too, since a phone may kill a background tab without warning.

export interface PendingWrites {
  /** Write everything pending now; resolves when those writes have settled (landed or failed). */
  flush(): Promise<void>;
  /** What is still not stored: all false for a source of writes that holds no input (the store). */
  unsaved?(): Unsaved;
}

export interface Unsaved {
  /** Typed, and not yet written (e.g. a new household that needs its label first). */
  waiting: boolean;
  /** Invalid, or refused by the repository: the person can fix it; the field says how. */
  toFix: boolean;
  /** The device store failed to write it; the field says so, and its draft keeps the text. */
  failed: boolean;
}

const open = new Set<PendingWrites>();
// Forms that closed with something still to write: a form that opens next waits for these.
const closing = new Set<Promise<unknown>>();

/** Register a source of writes; the returned close() writes what it still holds, in a way others wait for. */
export function registerPendingWrites(source: PendingWrites): () => void {
  listenForLeavingPage();
  open.add(source);
  return () => {
    open.delete(source);
    const saving = source.flush();
    const done = () => closing.delete(saving);
    closing.add(saving);
    saving.then(done, done);
  };
}

/**
 * Write everything pending and wait until it has settled, including what closing forms still
 * write. Rejects with UnsavedInputError when input is still not stored afterwards: invalid or
 * refused input, or a failed write (`failedOnly` says which).
 */
export async function settleWrites(): Promise<void> {
  await Promise.all([...open].map((source) => source.flush()));
  await closingWritesSettled();
  const unsaved = [...open].map((source) => source.unsaved?.()).filter((state) => state !== undefined);
  const toFix = unsaved.some((state) => state.waiting || state.toFix);
  if (toFix || unsaved.some((state) => state.failed)) throw new UnsavedInputError(invalidFields(), !toFix);
}

/** Resolves once what closing forms were still writing has settled: the next form starts from it. */
export async function closingWritesSettled(): Promise<void> {
  await Promise.allSettled([...closing]);
}

/** Input that is not stored, with the fields (as the worker sees them marked) that hold it. */
export class UnsavedInputError extends Error {
  override name = 'UnsavedInputError';
  readonly fieldLabels: readonly string[];
  constructor(
    private readonly fields: readonly HTMLElement[],
    /** Only failed writes: nothing the person can fix, and each text is kept in its draft. */
    readonly failedOnly = false,
  ) {
    super('A form holds input that is not stored');
    this.fieldLabels = [...new Set(fields.map(labelOf).filter((label) => label !== ''))];
  }

  /** Put the cursor in the first field to fix. */
  focusFirst(): void {
    const first = this.fields[0];
    (first?.matches('fieldset') ? first.querySelector<HTMLElement>('input') : first)?.focus();
  }
}

let listening = false;

/** Hidden or closed, the page writes what is pending; with input not stored, the browser asks first. */
function listenForLeavingPage(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const flushAll = () => [...open].forEach((source) => void source.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
  window.addEventListener('pagehide', flushAll);
  window.addEventListener('beforeunload', (event) => {
    flushAll();
    // Valid text not yet written survives through its draft; invalid or failed text makes the browser ask.
    if ([...open].some((source) => source.unsaved?.().toFix || source.unsaved?.().failed)) event.preventDefault();
  });
}

/** The fields marked invalid on screen: what the worker must fix before their input can be saved. */
function invalidFields(): HTMLElement[] {
  return typeof document === 'undefined' ? [] : [...document.querySelectorAll<HTMLElement>('[aria-invalid="true"]')];
}

function labelOf(field: HTMLElement): string {
  const label = field.matches('fieldset') ? field.querySelector('legend') : (field as HTMLInputElement).labels?.[0];
  return (label?.textContent ?? field.getAttribute('aria-label') ?? '').trim();
}
