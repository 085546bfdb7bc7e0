import type { Subdomain } from '../../../content';
import { FieldMessage } from '../kit';
import { mapTexts } from './texts';
import type { Topics } from './use-topics';

/** "Wat is besproken?": one checkbox per topic of the subdomain. */
export function TopicChecklist({ subdomain, topics }: { subdomain: Subdomain; topics: Topics }) {
  const id = `${subdomain.id}-topics`;
  return (
    <fieldset className="topics" aria-describedby={topics.error ? `${id}-error` : undefined}>
      <legend className="choices__legend">
        {mapTexts.topicsLegend}
        <span className="visually-hidden">, {subdomain.title}</span>
      </legend>
      <FieldMessage id={id} error={topics.error} />
      <ul className="topics__list">
        {subdomain.topics.map((topic) => (
          <li key={topic.id}>
            <label className="topics__option">
              <input
                type="checkbox"
                checked={topics.checked[topic.id] === true}
                onChange={(event) => void topics.toggle(topic.id, event.target.checked)}
              />
              <span>{topic.text}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
