import type { ScorePoint } from '../../../domain';
import { scoresDiffer } from '../../../domain';
import { formatDate } from '../format';
import { progressTexts as t } from './texts';

const W = 300;
const H = 110;
const PAD = { left: 22, right: 10, top: 8, bottom: 22 };
const y = (score: number) => PAD.top + ((10 - score) / 9) * (H - PAD.top - PAD.bottom);

/**
 * One subdomain's scores over time, drawn by the app as a small SVG: the resident as a solid line
 * with dots, the worker dashed with squares, so it reads without colour. One of a column of
 * small multiples (see ProgressScreen for why not a radar chart).
 */
export function ScoreChart({ title, points }: { title: string; points: readonly ScorePoint[] }) {
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD.left + (i / (points.length - 1)) * (W - PAD.left - PAD.right));
  const line = (pick: (p: ScorePoint) => number | null) =>
    points
      .map((p, i) => [i, pick(p)] as const)
      .filter((entry): entry is readonly [number, number] => entry[1] !== null)
      .map(([i, score]) => `${x(i)},${y(score)}`)
      .join(' ');
  const label = t.chartLabel(
    title,
    points.map((p) => t.point(formatDate(p.takenOn), String(p.resident ?? t.noScore), String(p.worker ?? t.noScore))).join('; '),
  );
  return (
    <svg className="score-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      {[1, 5, 10].map((score) => (
        <g key={score}>
          <line className="score-chart__grid" x1={PAD.left} x2={W - PAD.right} y1={y(score)} y2={y(score)} />
          <text className="score-chart__axis" x={PAD.left - 4} y={y(score) + 4} textAnchor="end">
            {score}
          </text>
        </g>
      ))}
      <polyline className="score-chart__resident" points={line((p) => p.resident)} />
      <polyline className="score-chart__worker" points={line((p) => p.worker)} />
      {points.map((p, i) => (
        <g key={p.takenOn}>
          {p.resident !== null && <circle className="score-chart__resident-dot" cx={x(i)} cy={y(p.resident)} r={4} />}
          {p.worker !== null && <rect className="score-chart__worker-dot" x={x(i) - 4} y={y(p.worker) - 4} width={8} height={8} />}
          {scoresDiffer(p) && <line className="score-chart__differs" x1={x(i)} x2={x(i)} y1={y(p.resident!)} y2={y(p.worker!)} />}
          <text className="score-chart__axis" x={x(i)} y={H - 6} textAnchor="middle">
            {formatDate(p.takenOn).replace(/ \d{4}$/, '')}
          </text>
        </g>
      ))}
    </svg>
  );
}
