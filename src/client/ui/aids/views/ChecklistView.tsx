import { useState } from 'react';
import type { ChecklistAid } from '../../../../content/gesprekshulp';
import { aidsTexts as t } from '../texts';
import { Own } from './Own';

/** The practical tips as a checklist; what is ticked is only for now, not stored. */
export function ChecklistView({ aid }: { aid: ChecklistAid }) {
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  return (
    <>
      <Own text={aid.intro} />
      <p className="field__hint">{t.checklistHint}</p>
      {aid.groups.map((group) => (
        <fieldset key={group.title} className="choices">
          <legend className="choices__legend">{group.title}</legend>
          <div className="choices__options">
            {group.items.map((item) => (
              <label key={item.id} className="choices__option">
                <input
                  type="checkbox"
                  checked={ticked[item.id] === true}
                  onChange={(event) => setTicked((old) => ({ ...old, [item.id]: event.target.checked }))}
                />
                <span>
                  {item.text}
                  {item.explanation && <Own text={item.explanation} as="span" />}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
