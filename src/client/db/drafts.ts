import { openDraft, sealDraft } from '../crypto/draft-seal';
import { isUnlocked, onLockChange } from '../crypto/key-ring';

/**
 * The last keystrokes, kept synchronously until their write has committed.
 *
 * An IndexedDB write is asynchronous: text typed a moment before a tab is closed, reloaded or
 * killed has not reached the store yet, and a page being unloaded cannot wait for it. So each
 * change of a text field is also put here, in localStorage (synchronous), and removed as soon as
 * its write committed. Normally a draft lives a fraction of a second; only when the page dies in
 * that moment does it stay, and the form restores and saves it the next time it opens.
 * Drafts are personal data too: sealed synchronously (crypto/draft-seal.ts, bound to the draft's
 * key) and never written in plain text; while locked nothing is written or read (nothing can be
 * typed then). wipeDevice removes them with the rest.
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

const binding = (key: string) => ['drafts', key];

/**
 * What this tab last sealed or opened per draft, with the sealed text it belongs to. Every
 * keystroke writes its draft and every save settles it; each used to open the stored draft
 * first (synchronous AES-GCM on the main thread, in the keystroke's path). The stored text is
 * still read each time: only when it is exactly the one remembered (no other tab wrote since) is
 * the remembered content used. Forgotten on lock, with the key.
 */
const opened = new Map<string, { sealed: string; draft: Draft }>();
onLockChange(() => opened.clear());

export function readDraft(key: string): Draft {
  const stored = storage()?.getItem(PREFIX + key);
  if (!stored) opened.delete(key);
  if (!stored || !isUnlocked()) return {};
  const known = opened.get(key);
  if (known?.sealed === stored) return { ...known.draft };
  try {
    // A draft from before encryption at rest is plain JSON, until sealAllDrafts seals it.
    const draft = JSON.parse(stored.startsWith('{') ? stored : openDraft(stored, binding(key))) as Draft;
    if (!stored.startsWith('{')) opened.set(key, { sealed: stored, draft: { ...draft } });
    return draft;
  } catch (error) {
    console.error('A draft could not be opened', error instanceof Error ? error.name : 'unknown');
    return {};
  }
}

function store(key: string, draft: Draft): void {
  const s = storage();
  if (!s || !isUnlocked()) return;
  try {
    opened.delete(key);
    if (Object.keys(draft).length === 0) {
      s.removeItem(PREFIX + key);
      return;
    }
    const sealed = sealDraft(JSON.stringify(draft), binding(key));
    s.setItem(PREFIX + key, sealed);
    opened.set(key, { sealed, draft: { ...draft } });
  } catch {
    // quota or privacy mode: the normal autosave goes on
  }
}

export function writeDraft(key: string, field: string, value: string): void {
  store(key, { ...readDraft(key), [field]: value });
}

/** After unlock: seal the drafts left plain by a version from before encryption at rest. */
export function sealAllDrafts(): void {
  const s = storage();
  if (!s) return;
  for (const name of Object.keys(s)) {
    if (name.startsWith(PREFIX) && s.getItem(name)?.startsWith('{')) store(name.slice(PREFIX.length), readDraft(name.slice(PREFIX.length)));
  }
}

/** Forget fields whose draft is exactly what was just stored (a newer keystroke stays). */
export function settleDraft(key: string, saved: Record<string, unknown>): void {
  const draft = readDraft(key);
  let changed = false;
  for (const [field, value] of Object.entries(saved)) {
    if (draft[field] === value) {
      delete draft[field];
      changed = true;
    }
  }
  if (changed) store(key, draft);
}
