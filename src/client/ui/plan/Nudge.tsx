import { nudgeWords } from '../../../content';
import { Button } from '../kit';
import { planTexts as t } from './texts';

/** The method's order, asked once: could the resident or the network do (part of) it first? */
export function Nudge({ id, onAddOwn, onGoOn }: { id: string; onAddOwn: () => void; onGoOn: () => void }) {
  return (
    <section className="notice nudge" role="region" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{nudgeWords.question}</h4>
      <p>{nudgeWords.why}</p>
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
