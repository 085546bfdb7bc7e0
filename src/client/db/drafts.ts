/**
 * The last keystrokes, kept synchronously until their write has committed.
 *
 * An IndexedDB write is asynchronous: text typed a moment before a tab is closed, reloaded or
 * killed has not reached the store yet, and a page being unloaded cannot wait for it. So each
 * change of a text field is also put here, in localStorage (synchronous), and removed as soon as
 * its write committed. Normally a draft lives a fraction of a second; only when the page dies in
 * that moment does it stay, and the form restores and saves it the next time it opens.
 * Drafts are personal data too: wipeDevice removes them with the rest.
 */
const PREFIX = 'voordeur:draft:';

type Draft = Record<string, string>;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: autosave still works, without this safety net
  }
}

export function readDraft(key: string): Draft {
  try {
    return JSON.parse(storage()?.getItem(PREFIX + key) ?? '{}') as Draft;
  } catch {
    return {};
  }
}

export function writeDraft(key: string, field: string, value: string): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify({ ...readDraft(key), [field]: value }));
  } catch {
    // quota or privacy mode: the normal autosave goes on
  }
}

/** Forget fields whose draft is exactly what was just stored (a newer keystroke stays). */
export function settleDraft(key: string, saved: Record<string, unknown>): void {
  const draft = readDraft(key);
  for (const [field, value] of Object.entries(saved)) if (draft[field] === value) delete draft[field];
  const s = storage();
  if (!s) return;
  if (Object.keys(draft).length === 0) s.removeItem(PREFIX + key);
  else s.setItem(PREFIX + key, JSON.stringify(draft));
}

export function clearAllDrafts(): void {
  const s = storage();
  if (!s) return;
  for (const key of Object.keys(s)) if (key.startsWith(PREFIX)) s.removeItem(key);
}
