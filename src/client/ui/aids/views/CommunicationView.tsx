import type { CommunicationAid } from '../../../../content/gesprekshulp';
import { aidsTexts as t } from '../texts';
import { Own } from './Own';

export function CommunicationView({ aid }: { aid: CommunicationAid }) {
  return (
    <>
      {aid.intro.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <h3>{t.elements}</h3>
      <ol className="aid-list">
        {aid.elements.map((element) => (
          <li key={element.id}>
            <strong>{element.title}</strong>
            <ul>
              {element.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
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
