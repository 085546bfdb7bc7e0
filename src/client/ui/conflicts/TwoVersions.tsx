import { useId, useState } from 'react';
import type { TableName } from '../../../domain';
import { authorOf } from '../../db/for-screens';
import { Button, writeErrorText } from '../kit';
import { useAuthors } from '../live';
import { useServices } from '../services';
import { conflictTexts as t } from './texts';
import { useFieldConflicts } from './use-field-conflicts';
import { VersionCompare } from './VersionCompare';
import { writtenAt } from './when';
import './two-versions.css';

export interface TwoVersionsProps {
  householdId: string;
  table: TableName;
  recordId: string;
  field: string;
  /** The field's name as the person reads it (the question), for screen readers. */
  fieldLabel: string;
  /** What the field holds now on this device, as shown in the form. */
  current: string;
  /** Runs before a conflict is resolved, e.g. the form's autosave flush, so no typing lands after it. */
  beforeResolve?: () => Promise<void>;
  /** The text that is now in the field, after a conflict was resolved: put it in the form. */
  onResolved?: (text: string) => void;
}

/**
 * "Twee versies": shown above a free-text field while another device's concurrent text for it
 * is kept as an unresolved conflict. The person keeps one text or merges them; nothing is lost.
 * Renders only a (silent) status region when the field has no conflict.
 */
export function TwoVersions({ householdId, table, recordId, field, fieldLabel, current, beforeResolve, onResolved }: TwoVersionsProps) {
  const { data } = useServices();
  const authors = useAuthors();
  const [open, setOpen] = useState(false);
  const [resolvedIds, setResolvedIds] = useState<readonly string[]>([]);
  // A conflict this screen just resolved is hidden at once, in the same render that puts the text
  // in the field, rather than when the live query catches up a moment later.
  const loaded = useFieldConflicts({ householdId, table, recordId, field });
  const conflicts = (loaded ?? []).filter((c) => !resolvedIds.includes(c.id));
  const resolved = resolvedIds.length > 0;
  const panelId = useId();
  const conflict = conflicts[0];
  // A version that arrives while the screen is open (a sync, or leaving a field whose text was
  // changed elsewhere) is announced to screen readers; the ones there on opening are just shown.
  const [known, setKnown] = useState<number | null>(null);
  const [arrived, setArrived] = useState(false);
  if (loaded !== undefined && known !== conflicts.length) {
    if (known !== null && conflicts.length > known) setArrived(true);
    setKnown(conflicts.length);
  }
  const status = conflict ? (arrived ? t.arrived(fieldLabel) : '') : resolved ? t.resolved : '';

  const keep = async (text: string): Promise<string | undefined> => {
    if (!conflict) return undefined;
    try {
      await beforeResolve?.();
      const result = await data.conflicts.resolve(conflict.id, text);
      if (!result.ok) return writeErrorText(result.errors[0]) ?? t.failed;
    } catch (error) {
      console.error('Resolving a conflict failed', error);
      return t.failed;
    }
    onResolved?.(text);
    setResolvedIds((ids) => [...ids, conflict.id]);
    setOpen(false);
    return undefined;
  };

  return (
    <div className="two-versions">
      <p role="status" className={resolved && !conflict ? 'notice' : 'visually-hidden'}>
        {status}
      </p>
      {conflict && (
        <div className="notice notice--warning">
          <p className="two-versions__notice">{conflicts.length > 1 ? t.noticeMore(conflicts.length) : t.notice}</p>
          <Button variant="secondary" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
            {open ? t.hide : t.compare}
          </Button>
          {open && (
            <VersionCompare
              key={conflict.id}
              id={panelId}
              fieldLabel={fieldLabel}
              current={current}
              other={conflict.text}
              otherWrittenAt={writtenAt(conflict.losingHlc)}
              otherAuthor={authorOf(authors, conflict.losingHlc)}
              onKeep={keep}
            />
          )}
        </div>
      )}
    </div>
  );
}
