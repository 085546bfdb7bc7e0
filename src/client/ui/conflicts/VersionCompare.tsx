import { useState, type ReactNode } from 'react';
import { Button, TextAnswer } from '../kit';
import { conflictTexts as t } from './texts';

export interface VersionCompareProps {
  id: string;
  fieldLabel: string;
  current: string;
  other: string;
  otherWrittenAt: string | null;
  /** The display name of whoever wrote the other version, when this device knows it. */
  otherAuthor: string | null;
  /** Store the chosen text; resolves to an error message in Dutch, or undefined when it worked. */
  onKeep: (text: string) => Promise<string | undefined>;
}

/** Both texts side by side (stacked on a phone), each with a button to keep it, or a merged text. */
export function VersionCompare({ id, fieldLabel, current, other, otherWrittenAt, otherAuthor, onKeep }: VersionCompareProps) {
  const [merged, setMerged] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const keep = async (text: string) => {
    setBusy(true);
    setError(undefined);
    const failure = await onKeep(text);
    setBusy(false);
    if (failure) setError(failure);
  };

  return (
    <section id={id} className="two-versions__compare" aria-label={t.regionLabel(fieldLabel)}>
      <p>{t.explain}</p>
      <div className="two-versions__sides">
        <Version title={t.thisVersion} hint={t.thisVersionHint} text={current}>
          <Button disabled={busy} onClick={() => keep(current)}>
            {t.keepThis}
          </Button>
        </Version>
        <Version title={t.otherVersion} hint={t.otherWritten(otherWrittenAt, otherAuthor)} text={other}>
          <Button disabled={busy} onClick={() => keep(other)}>
            {t.keepOther}
          </Button>
        </Version>
      </div>
      {merged === null ? (
        <Button variant="secondary" disabled={busy} onClick={() => setMerged(joinVersions(current, other))}>
          {t.merge}
        </Button>
      ) : (
        <>
          <TextAnswer
            id={`${id}-merged`}
            label={t.mergedLabel}
            hint={t.mergedHint}
            error={error}
            value={merged}
            autoFocus
            onChange={(event) => setMerged(event.target.value)}
          />
          <div className="button-row">
            <Button disabled={busy} onClick={() => keep(merged)}>
              {busy ? t.busy : t.saveMerged}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setMerged(null)}>
              {t.cancelMerge}
            </Button>
          </div>
        </>
      )}
      {error && merged === null && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function Version({ title, hint, text, children }: { title: string; hint?: string; text: string; children: ReactNode }) {
  return (
    <div className="two-versions__side">
      <p className="two-versions__title">{title}</p>
      {hint && <p className="field__hint">{hint}</p>}
      <blockquote className="two-versions__text">{text || <em>{t.empty}</em>}</blockquote>
      {children}
    </div>
  );
}

/** The starting point of a merge: both texts, this one first; one alone when the other is empty. */
export function joinVersions(current: string, other: string): string {
  if (!current.trim()) return other;
  if (!other.trim() || other === current) return current;
  return `${current}\n\n${other}`;
}
