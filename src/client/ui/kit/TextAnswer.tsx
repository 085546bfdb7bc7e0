import { useCallback, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { Field, fieldAria } from './Field';

export interface TextAnswerProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  ref?: Ref<HTMLTextAreaElement>;
  /** One line (e.g. a short name) instead of a growing text area. */
  singleLine?: boolean;
}

/** A labelled text answer that grows with its text, with its hint and error read out with it. */
export function TextAnswer({ id, label, hint, error, ref, singleLine, onInput, ...field }: TextAnswerProps) {
  const setRef = useCallback(
    (element: HTMLTextAreaElement | null) => {
      grow(element);
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        ref={setRef}
        className={`field__input${singleLine ? ' field__input--line' : ''}`}
        rows={singleLine ? 1 : 3}
        // Chromium saves the text of form fields into its session-restore files (for "reopen
        // tabs"), outside anything the app can seal; it skips fields marked autocomplete off.
        // The text is autosaved, so restoring it from there is never needed.
        autoComplete="off"
        {...fieldAria(id, error, hint)}
        onInput={(event) => {
          grow(event.currentTarget);
          onInput?.(event);
        }}
        onKeyDown={singleLine ? (event) => event.key === 'Enter' && event.preventDefault() : undefined}
        {...field}
      />
    </Field>
  );
}

// Browsers without CSS `field-sizing: content` need the height set by hand. Asked once: this
// runs on every keystroke.
let sizesItself: boolean | undefined;

function grow(element: HTMLTextAreaElement | null): void {
  sizesItself ??= typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content') === true;
  if (!element || sizesItself) return;
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight + 2}px`;
}
