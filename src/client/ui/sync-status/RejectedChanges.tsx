import type { RejectedChange } from '../../sync';
import { syncStatusTexts as t } from './texts';

/**
 * The changes the server refused, each with its reason, behind a disclosure. From the sync
 * status (the engine's one live read of the outbox), not a read of its own: every commit of an
 * autosave changes the outbox, and a second read of it was a second query after each keystroke.
 */
export function RejectedChanges({ changes }: { changes: readonly RejectedChange[] }) {
  if (changes.length === 0) return null;
  return (
    <details className="sync-status__rejected">
      <summary>{t.rejected(changes.length)}</summary>
      <p>{t.rejectedIntro}</p>
      <ul className="plain-list">
        {changes.map((entry) => (
          <li key={entry.mutationId}>
            <strong>{t.tableLabel[entry.table] ?? entry.table}</strong>: {entry.error}
          </li>
        ))}
      </ul>
    </details>
  );
}
