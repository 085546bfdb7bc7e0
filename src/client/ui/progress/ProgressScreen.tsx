import { useState } from 'react';
import { allSubdomains, findSubdomain } from '../../../content';
import { localDay, scoreSeries, scoresDiffer, type ScoreMoment } from '../../../domain';
import { reads, useRead } from '../live';
import { Button, Page } from '../kit';
import { paths } from '../router';
import { useServices } from '../services';
import { formatDate } from '../format';
import { ScoreChart } from './ScoreChart';
import { progressTexts as t } from './texts';
import './progress.css';
import { HouseholdPending } from '../households/HouseholdPending';

const order = allSubdomains.map((s) => s.id);

/**
 * Progress over time (/huishouden/:id/voortgang): per subdomain, the resident's and the worker's
 * score at each kept moment and now. Small multiples, not a radar chart: on a phone a radar of
 * fifteen axes has unreadable labels and overlapping shapes, while one small chart per subdomain
 * stacks in reading order and puts the two scores of each moment right next to each other.
 */
export default function ProgressScreen({ householdId }: { householdId: string }) {
  const { data } = useServices();
  const household = useRead(reads.household(householdId));
  const moments = useRead(reads.mapMoments(householdId));
  const entries = useRead(reads.mapEntries(householdId));
  const [kept, setKept] = useState(false);
  const back = { to: paths.household(householdId), label: household?.label };

  if (household === undefined || !moments || !entries) return <HouseholdPending title={t.title} back={back} loading={t.loading} />;
  if (!household) return <HouseholdPending title={t.title} back={back} loading={null} />;
  const today = localDay(new Date());
  // The live map counts as today's moment, so the last point is always how it stands now.
  const now: ScoreMoment = {
    takenOn: today,
    resident: Object.fromEntries(entries.map((e) => [e.subdomainId, e.scoreResident])),
    worker: Object.fromEntries(entries.map((e) => [e.subdomainId, e.scoreWorker])),
  };
  const series = scoreSeries([...moments.filter((m) => m.takenOn !== today), now], order);
  const keep = async () => setKept((await data.mapMoments.keep(householdId, entries)).ok);

  return (
    <Page title={t.title} back={back}>
      <p>{t.intro}</p>
      <Button variant="secondary" onClick={() => void keep()}>
        {t.keep}
      </Button>
      <p role="status">{kept ? t.kept : ''}</p>
      {moments.length === 0 && <p>{t.none}</p>}
      <p className="progress-legend">
        <span>{t.legendResident}</span> · <span>{t.legendWorker}</span>
      </p>
      <ul className="plain-list progress-list">
        {series.map(({ subdomainId, points }) => {
          const title = findSubdomain(subdomainId)?.title ?? subdomainId;
          return (
            <li key={subdomainId} className="progress-item">
              <h2 className="progress-item__title">{title}</h2>
              <ScoreChart title={title} points={points} />
              {points.some(scoresDiffer) && <p className="meta-line">{t.differs}</p>}
              <details>
                <summary>{t.asTable}</summary>
                <table className="progress-table">
                  <caption>{title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.date}</th>
                      <th scope="col">{t.resident}</th>
                      <th scope="col">{t.worker}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {points.map((p) => (
                      <tr key={p.takenOn}>
                        <th scope="row">{formatDate(p.takenOn)}</th>
                        <td>{p.resident ?? t.noScore}</td>
                        <td>
                          {p.worker ?? t.noScore}
                          {scoresDiffer(p) ? ` (${t.differs.toLowerCase()})` : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
