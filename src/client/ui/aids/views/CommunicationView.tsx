import type { CommunicationAid } from '../../../../content/gesprekshulp';
import { aidsTexts as t } from '../texts';
import { Own } from './Own';
import { TitledPoints } from './TitledPoints';

export function CommunicationView({ aid }: { aid: CommunicationAid }) {
  return (
    <>
      {aid.intro.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <h3>{t.elements}</h3>
      <TitledPoints items={aid.elements.map((element) => ({ id: element.id, title: element.title, points: element.lines }))} />
      <h3>{t.contrasts}</h3>
      <ul className="plain-list aid-list">
        {aid.contrasts.map((contrast) => (
          <li key={contrast.id} className="aid-card">
            <p className="aid-card__title">
              {contrast.left} {t.versus} {contrast.right}
            </p>
            <Own text={contrast.explanation} />
            <Own text={contrast.example} />
          </li>
        ))}
      </ul>
    </>
  );
}
