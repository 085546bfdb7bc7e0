import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type DefaultValues, type Path, type PathValue, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type * as z from 'zod/mini';
import { readDraft, settleDraft, writeDraft } from '../../db/for-screens';
import type { WriteResult } from '../../db';
import { writeErrorText } from './write-error-text';
import { kitTexts } from '../texts';
import { registerPendingWrites } from './pending-writes';
import { createValueStore, type ValueStore } from './value-store';
import { useFollowStored, type StoredSource } from './use-follow-stored';

export type FormValues = Record<string, string>;
export type AutosaveStatus = 'idle' | 'waiting' | 'saving' | 'saved' | 'error';
export type AutosaveStatusSource = Pick<ValueStore<AutosaveStatus>, 'get' | 'subscribe'>;

export interface AutosaveOptions<T extends FormValues> {
  schema: z.ZodMiniType<T, T>;
  /** The stored values; read once, when the form mounts. */
  values: T;
  /**
   * Write the changed, valid fields through a repository. `seen` holds what the form showed for
   * those fields before this change (the stored value when it opened, or its own last save): the
   * store keeps a text synced in meanwhile, which the person never saw, as "twee versies".
   */
  save: (changes: Partial<T>, seen: Partial<T>) => Promise<WriteResult>;
  /** Nothing is saved while one of these is invalid (e.g. a new household needs a label first). */
  requiredBeforeSave?: readonly (keyof T & string)[];
  debounceMs?: number;
  /**
   * Names what this form edits (e.g. `contact:<id>:<step>`). With it, keystrokes and choices are also kept
   * synchronously until written (see db/drafts.ts), and a draft left by a page that died is
   * restored and saved when the form opens again.
   */
  draftKey?: string;
  /**
   * The stored values (in the form's terms) and news of their changes through sync. With it, a
   * change synced in while the form is open shows in every field the person is not editing.
   */
  stored?: StoredSource<T>;
}

export interface Autosave<T extends FormValues> {
  form: UseFormReturn<T>;
  /** Props for a text input or textarea: typing saves after a short pause, leaving it saves at once. */
  text: (name: keyof T & string) => ReturnType<UseFormReturn<T>['register']>;
  /** Set a choice and save it at once. */
  choose: (name: keyof T & string, value: string) => void;
  /** The validation or save error of a field, in Dutch. */
  error: (name: keyof T & string) => string | undefined;
  /** Whether the last change is stored; read it with SaveIndicator (only that re-renders). */
  status: AutosaveStatusSource;
  flush: () => Promise<void>;
  /** The stored text changed under the form (a merged "twee versies"): show it, as seen. */
  showStored: (name: keyof T & string, value: string) => void;
  /**
   * The fields with a newer stored text held back because the person is in them or changed them
   * (text never changes under the cursor); the field says so (NewerVersionNote).
   */
  newerWaiting: Pick<ValueStore<ReadonlySet<string>>, 'get' | 'subscribe'>;
}

/**
 * Autosave for a react-hook-form form validated by a zod schema from src/domain. Valid changes
 * are written after a short pause (text) or at once (choices), and on blur, on hiding the page
 * and on unmount. Invalid input is never written but stays in the field with its message:
 * nothing typed is thrown away.
 */
export function useAutosave<T extends FormValues>(options: AutosaveOptions<T>): Autosave<T> {
  // Short: what was typed in the last moment before a tab is closed is what can be lost; writes
  // while typing fold into one outbox entry (db/outbox.ts), so saving often is cheap.
  const { schema, debounceMs = 150 } = options;
  const [draft] = useState(() => (options.draftKey ? readDraft(options.draftKey) : {}));
  const form = useForm<T>({
    mode: 'onChange',
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues: { ...options.values, ...draft } as DefaultValues<T>,
  });
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  // What the form showed of each field as stored: the stored values when it opened, then what it saved.
  const seen = useRef<Partial<T>>({ ...options.values });
  const pending = useRef(new Set<string>());
  const focused = useRef<string | null>(null);
  const unsaved = useRef(new Set<string>());
  // Of those, the ones whose write failed (the device store threw), not input to fix.
  const failed = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [status] = useState(() => createValueStore<AutosaveStatus>('idle'));
  const [newerWaiting] = useState(() => createValueStore<ReadonlySet<string>>(new Set()));
  const setNewerWaiting = useCallback(
    (update: (names: Set<string>) => void) => {
      const next = new Set(newerWaiting.get());
      update(next);
      const current = newerWaiting.get();
      if (next.size !== current.size || [...next].some((name) => !current.has(name))) newerWaiting.set(next);
    },
    [newerWaiting],
  );
  const setStatus = status.set;
  const [saveErrors, setSaveErrors] = useState<Record<string, string>>({});

  const saveNow = useCallback(async () => {
    clearTimeout(timer.current);
    if (pending.current.size === 0) return;
    const values = form.getValues();
    const parsed = schema.safeParse(values);
    const invalid = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0])));
    if ((latest.current.requiredBeforeSave ?? []).some((name) => invalid.has(name))) {
      setStatus('waiting');
      return;
    }
    const names = [...pending.current].filter((name) => !invalid.has(name));
    for (const name of pending.current) {
      if (!invalid.has(name)) continue;
      unsaved.current.add(name);
      failed.current.delete(name);
    }
    pending.current.clear();
    if (names.length === 0) return;
    const changes = Object.fromEntries(names.map((name) => [name, values[name]])) as Partial<T>;
    const seenBefore = Object.fromEntries(
      names.filter((name) => seen.current[name] !== undefined).map((name) => [name, seen.current[name]]),
    ) as Partial<T>;
    setStatus('saving');
    let result: WriteResult;
    let threw = false;
    try {
      result = await latest.current.save(changes, seenBefore);
    } catch (error) {
      console.error('Autosave failed', error);
      threw = true;
      result = { ok: false, errors: [{ field: '', message: kitTexts.saveFailed }] };
    }
    const errors: Record<string, string> = {};
    if (!result.ok) {
      for (const e of result.errors) for (const name of names) if (!e.field || e.field === name) errors[name] ??= writeErrorText(e);
    }
    for (const name of names) {
      if (errors[name]) unsaved.current.add(name);
      else unsaved.current.delete(name);
      if (errors[name] && threw) failed.current.add(name);
      else failed.current.delete(name);
    }
    if (result.ok) Object.assign(seen.current, changes);
    // Saved over a newer text the form held back: the store keeps that one as "twee versies", which show instead.
    if (result.ok) setNewerWaiting((waiting) => names.forEach((name) => waiting.delete(name)));
    const { draftKey } = latest.current;
    if (draftKey && result.ok) settleDraft(draftKey, changes);
    // Only a change of the messages re-renders the form; a save that went well usually changes none.
    setSaveErrors((current) => {
      if (names.every((name) => current[name] === errors[name])) return current;
      const next = { ...current, ...errors };
      for (const name of names) if (!errors[name]) delete next[name];
      return next;
    });
    setStatus(result.ok ? 'saved' : 'error');
  }, [form, schema, setStatus, setNewerWaiting]);

  // Writes run one after another, so a later change never lands before an earlier one.
  const flush = useCallback(() => (chain.current = chain.current.then(saveNow)), [saveNow]);

  const schedule = useCallback(
    (name: string, delay: number) => {
      pending.current.add(name);
      unsaved.current.delete(name);
      failed.current.delete(name);
      clearTimeout(timer.current);
      if (delay === 0) void flush();
      else timer.current = setTimeout(() => void flush(), delay);
    },
    [flush],
  );

  // Registered while mounted; closing writes what is still waiting (pending-writes.ts).
  useEffect(
    () =>
      registerPendingWrites({
        flush,
        unsaved: () => ({
          waiting: pending.current.size > 0,
          toFix: [...unsaved.current].some((name) => !failed.current.has(name)),
          failed: failed.current.size > 0,
        }),
      }),
    [flush],
  );
  // A draft restored from a page that died is saved like fresh typing.
  useEffect(() => {
    const restored = Object.keys(draft).filter((name) => draft[name] !== options.values[name]);
    const alreadyStored = Object.fromEntries(Object.entries(draft).filter(([name]) => !restored.includes(name)));
    if (options.draftKey) settleDraft(options.draftKey, alreadyStored);
    for (const name of restored) pending.current.add(name);
    if (restored.length > 0) void flush();
    // Once, on mount: the draft was read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const showStored = useCallback(
    (name: keyof T & string, value: string) => {
      seen.current[name] = value as T[keyof T & string];
      form.setValue(name as Path<T>, value as PathValue<T, Path<T>>);
      setNewerWaiting((waiting) => waiting.delete(name));
    },
    [form, setNewerWaiting],
  );
  // A field still showing what was stored, and not in use, follows the store. One the person is in
  // or has changed keeps their text (saving it keeps the other as "twee versies"): text never
  // changes under the cursor.
  // The field then says that a newer version waits, and shows it once the person leaves it.
  const recheckStored = useFollowStored(options.stored, (stored) => {
    const held = new Set<string>();
    for (const name of Object.keys(stored) as (keyof T & string)[]) {
      const value = stored[name];
      if (value === undefined || value === seen.current[name]) continue;
      const editing =
        focused.current === name ||
        pending.current.has(name) ||
        unsaved.current.has(name) ||
        form.getValues(name as Path<T>) !== seen.current[name];
      if (editing) held.add(name);
      else showStored(name, value);
    }
    setNewerWaiting((waiting) => {
      waiting.clear();
      for (const name of held) waiting.add(name);
    });
  });

  const text = useCallback(
    (name: keyof T & string) => {
      const field = form.register(name as Path<T>);
      return {
        ...field,
        onChange: async (event: { target: unknown; type?: unknown }) => {
          const { draftKey } = latest.current;
          const value = (event.target as { value?: unknown } | null)?.value;
          if (draftKey && typeof value === 'string') writeDraft(draftKey, name, value);
          const done = field.onChange(event);
          schedule(name, debounceMs);
          return done;
        },
        onFocus: () => {
          focused.current = name;
        },
        onBlur: async (event: { target: unknown; type?: unknown }) => {
          if (focused.current === name) focused.current = null;
          // A synced change held back while the person was in the field may show now.
          void flush().then(recheckStored);
          return field.onBlur(event);
        },
      };
    },
    [form, schedule, flush, debounceMs, recheckStored],
  );

  const choose = useCallback(
    (name: keyof T & string, value: string) => {
      // Kept synchronously too: a tap followed at once by a reload or a locked phone must not be lost.
      const { draftKey } = latest.current;
      if (draftKey) writeDraft(draftKey, name, value);
      form.setValue(name as Path<T>, value as PathValue<T, Path<T>>, { shouldDirty: true, shouldValidate: true });
      schedule(name, 0);
    },
    [form, schedule],
  );

  // Read on every render: react-hook-form updates its errors object in place.
  const { errors } = form.formState;
  const error = (name: keyof T & string) => (errors[name]?.message as string | undefined) ?? saveErrors[name];

  return { form, text, choose, error, status, flush, showStored, newerWaiting };
}
