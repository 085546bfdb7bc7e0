import type { OwnText } from '../../../../content/gesprekshulp';
import { aidsTexts as t } from '../texts';

/** Text the app adds to the method's words, marked as such (by a rule and for screen readers). */
export function Own({ text, as: Tag = 'p' }: { text: OwnText; as?: 'p' | 'span' | 'li' }) {
  return (
    <Tag className="aid-own">
      <span className="visually-hidden">{t.ownLabel} </span>
      {text.own}
    </Tag>
  );
}
