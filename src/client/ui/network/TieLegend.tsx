import { tieLabels, tieLineLabels } from '../../../content';
import { tieKinds } from '../../../domain';
import { networkTexts as t } from '../plan/texts';
import { zigzagPoints } from './layout';

/** What each line style means, with a sample of the line. */
export function TieLegend() {
  return (
    <dl className="tie-legend" aria-label={t.legend}>
      {tieKinds.map((tie) => (
        <div key={tie} className="tie-legend__row">
          <dt>
            <svg width="56" height="16" viewBox="0 0 56 16" aria-hidden="true">
              {tie === 'gespannen' ? (
                <polyline className={`ecogram__tie ecogram__tie--${tie}`} points={zigzagPoints(2, 8, 54, 8, 4, 4)} />
              ) : (
                <line className={`ecogram__tie ecogram__tie--${tie}`} x1={2} y1={8} x2={54} y2={8} />
              )}
              {tie === 'verbroken' && (
                <>
                  <line className="ecogram__cross" x1={22} y1={2} x2={34} y2={14} />
                  <line className="ecogram__cross" x1={22} y1={14} x2={34} y2={2} />
                </>
              )}
            </svg>
          </dt>
          <dd>
            {tieLabels[tie]} ({tieLineLabels[tie]})
          </dd>
        </div>
      ))}
    </dl>
  );
}
