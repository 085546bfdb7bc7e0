import { relationLabels, supportKindLabels, tieLabels, tieLineLabels } from '../../../content';
import { supportKinds } from '../../../domain';
import type { NetworkPersonView } from '../../db';
import { Button } from '../kit';
import { networkTexts as t } from '../plan/texts';

/** The network in words: the accessible alternative to the ecogram, and its editor by list. */
export function NetworkList({ people, carries, onSelect }: { people: readonly NetworkPersonView[]; carries: ReadonlyMap<string, number>; onSelect: (id: string) => void }) {
  if (people.length === 0) return <p>{t.none}</p>;
  return (
    <ul className="plain-list network-list">
      {people.map((person) => {
        const gives = supportKinds.filter((kind) => person.gives[kind]).map((kind) => supportKindLabels[kind]);
        const count = carries.get(person.id) ?? 0;
        return (
          <li key={person.id} className="network-list__person">
            <p className="network-list__name">{person.name}</p>
            <p className="meta-line">{t.personSummary(relationLabels[person.relation], tieLabels[person.tie], tieLineLabels[person.tie])}</p>
            {gives.length > 0 && <p className="meta-line">{gives.join(', ')}</p>}
            {count > 0 && <p className="meta-line">{t.carries(count)}</p>}
            <Button variant="secondary" onClick={() => onSelect(person.id)}>
              {t.edit(person.name)}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
