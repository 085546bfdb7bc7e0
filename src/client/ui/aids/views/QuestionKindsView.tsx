import type { QuestionKindsAid } from '../../../../content/gesprekshulp';
import type { ContactView } from '../../../db';
import { aidsTexts as t } from '../texts';
import { Own } from './Own';

interface Props {
  aid: QuestionKindsAid;
  /** Set when opened from a contact: the worker can mark which kind worked. */
  contact?: ContactView | null;
  onWorked?: (kindId: string, worked: boolean) => void;
}

export function QuestionKindsView({ aid, contact, onWorked }: Props) {
  return (
    <>
      <p>{aid.intro}</p>
      {contact && onWorked && <p className="field__hint">{t.workedHint}</p>}
      <ul className="plain-list aid-list">
        {aid.items.map((item) => {
          const headingId = `aid-kind-${item.id}`;
          const worked = contact?.worked[item.id] === true;
          return (
            <li key={item.id} className="aid-card" aria-labelledby={headingId}>
              <h3 id={headingId}>{item.title}</h3>
              <Own text={item.explanation} />
              <p className="aid-card__label">{t.examples}:</p>
              <ul>
                {item.examples.map((example) => (
                  <Own key={example.own} text={example} as="li" />
                ))}
              </ul>
              {contact && onWorked && (
                <button
                  type="button"
                  className={`button ${worked ? 'button--primary' : 'button--secondary'}`}
                  aria-pressed={worked}
                  aria-describedby={headingId}
                  onClick={() => onWorked(item.id, !worked)}
                >
                  {worked ? '✓ ' : ''}
                  {t.worked}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
