import { archivedTopicText, type Subdomain } from '../../../content';
import { mapTexts } from './texts';

/**
 * Topics ticked under an older content version whose id is no longer in this subdomain: shown
 * with their retired wording, read-only, so nothing recorded silently disappears.
 */
export function ArchivedTopics({ subdomain, topics }: { subdomain: Subdomain; topics: Record<string, boolean> }) {
  const current = new Set(subdomain.topics.map((topic) => topic.id));
  const retired = Object.keys(topics).filter((id) => topics[id] && !current.has(id));
  if (retired.length === 0) return null;
  const labelId = `${subdomain.id}-archived-topics`;
  return (
    <div className="topics topics--archived" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="choices__legend">
        {mapTexts.archivedTopicsLegend}
      </p>
      <p className="field__hint">{mapTexts.archivedTopicsHint}</p>
      <ul className="topics__list">
        {retired.map((id) => (
          <li key={id} className="topics__archived">
            <span aria-hidden="true">✓ </span>
            {archivedTopicText(id) ?? mapTexts.archivedTopicUnknown(id)}
            <span className="visually-hidden"> ({mapTexts.discussed})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
