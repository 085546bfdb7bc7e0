import { nudgeBakenIds, nudgeWords } from '../../../content';
import { bakens } from '../../../content/gesprekshulp';
import { Button } from '../kit';
import { planTexts as t } from './texts';

/** The method's order, asked once: could the resident or the network do (part of) it first? */
export function Nudge({ id, onAddOwn, onGoOn }: { id: string; onAddOwn: () => void; onGoOn: () => void }) {
  return (
    <section className="notice nudge" role="region" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{nudgeWords.question}</h4>
      <ul>
        {bakens.bakens
          .filter((baken) => (nudgeBakenIds as readonly string[]).includes(baken.id))
          .flatMap((baken) => baken.points.map((point) => <li key={point}>{point}</li>))}
      </ul>
      <p>
        “{nudgeWords.selfQuestion}” “{nudgeWords.networkQuestion}”
      </p>
      <div className="button-row">
        <Button onClick={onAddOwn}>{t.addOwnAction}</Button>
        <Button variant="secondary" onClick={onGoOn}>
          {t.goOn}
        </Button>
      </div>
    </section>
  );
}
