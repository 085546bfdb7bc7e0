import { reads, useRead } from '../live';
import { syncStatusTexts as t } from './texts';

/** The changes the server refused, each with its reason, behind a disclosure. */
export function RejectedChanges() {
  const summary = useRead(reads.outbox());
  const rejected = summary?.rejected ?? [];
  if (rejected.length === 0) return null;
  return (
    <details className="sync-status__rejected">
      <summary>{t.rejected(rejected.length)}</summary>
      <p>{t.rejectedIntro}</p>
      <ul className="plain-list">
        {rejected.map((entry) => (
          <li key={entry.mutationId}>
            <strong>{t.tableLabel[entry.table] ?? entry.table}</strong>: {entry.error}
          </li>
        ))}
      </ul>
    </details>
  );
}
