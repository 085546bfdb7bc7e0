import { allSubdomains, findSubdomain } from '../../../content';
import { scoreSeries, type ScoreMoment } from '../../../domain';
import type { MapEntryView } from '../../db';
import { ScoreChart } from '../progress/ScoreChart';
import { reviewTexts as t } from './texts';
import '../progress/progress.css';

const order = allSubdomains.map((s) => s.id);

/** The leefgebiedenkaart's scores over time, only the subdomains that have any (the meeting's view). */
export function MeetingScores({ moments, entries, today }: { moments: readonly ScoreMoment[]; entries: readonly MapEntryView[]; today: string }) {
  const now: ScoreMoment = {
    takenOn: today,
    resident: Object.fromEntries(entries.map((e) => [e.subdomainId, e.scoreResident])),
    worker: Object.fromEntries(entries.map((e) => [e.subdomainId, e.scoreWorker])),
  };
  const series = scoreSeries([...moments.filter((m) => m.takenOn !== today), now], order).filter(({ points }) =>
    points.some((p) => p.resident !== null || p.worker !== null),
  );
  return (
    <section className="section" aria-labelledby="meeting-scores-title">
      <h2 id="meeting-scores-title">{t.scoresTitle}</h2>
      {series.length === 0 && <p>{t.noScores}</p>}
      <ul className="plain-list progress-list meeting-scores">
        {series.map(({ subdomainId, points }) => {
          const title = findSubdomain(subdomainId)?.title ?? subdomainId;
          return (
            <li key={subdomainId} className="progress-item">
              <h3 className="progress-item__title">{title}</h3>
              <ScoreChart title={title} points={points} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
