import { relationLabels, tieLabels, tieLineLabels } from '../../../content';
import type { TieKind } from '../../../domain';
import type { NetworkPersonView } from '../../db';
import { networkTexts as t } from '../plan/texts';
import { ECOGRAM_CENTRE as C, ECOGRAM_SIZE, ecogramLayout, zigzagPoints } from './layout';

interface Props {
  people: readonly NetworkPersonView[];
  /** How many actions of the plan each person carries, by person id. */
  carries: ReadonlyMap<string, number>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const short = (name: string) => (name.length > 16 ? `${name.slice(0, 15)}…` : name);

/** One tie, drawn so it reads without colour: solid, dashed, zig-zag, or crossed out. */
function Tie({ tie, x, y }: { tie: TieKind; x: number; y: number }) {
  const cls = `ecogram__tie ecogram__tie--${tie}`;
  if (tie === 'gespannen') return <polyline className={cls} points={zigzagPoints(C, C, x, y)} />;
  const line = <line className={cls} x1={C} y1={C} x2={x} y2={y} />;
  if (tie !== 'verbroken') return line;
  const mx = (C + x) / 2;
  const my = (C + y) / 2;
  return (
    <g>
      {line}
      <line className="ecogram__cross" x1={mx - 7} y1={my - 7} x2={mx + 7} y2={my + 7} />
      <line className="ecogram__cross" x1={mx - 7} y1={my + 7} x2={mx + 7} y2={my - 7} />
    </g>
  );
}

/**
 * The ecogram, drawn by the app as SVG: the household in the centre, its network around it by
 * kind of relation. Each person is a button (tap or Enter opens them); the list next to it says
 * the same in words for screen readers.
 */
export function Ecogram({ people, carries, selectedId, onSelect }: Props) {
  const placed = ecogramLayout(people);
  return (
    <svg className="ecogram" viewBox={`0 0 ${ECOGRAM_SIZE} ${ECOGRAM_SIZE}`} role="group" aria-label={t.mapHeading}>
      {placed.map(({ person, x, y }) => (
        <Tie key={`tie-${person.id}`} tie={person.tie} x={x} y={y} />
      ))}
      <circle className="ecogram__centre" cx={C} cy={C} r={34} />
      <text className="ecogram__centre-label" x={C} y={C + 5} textAnchor="middle">
        {t.centre}
      </text>
      {placed.map(({ person, x, y }) => {
        const count = carries.get(person.id) ?? 0;
        const label = `${person.name}: ${relationLabels[person.relation]}, ${tieLabels[person.tie]} (${tieLineLabels[person.tie]})${count ? `, ${t.carries(count)}` : ''}`;
        return (
          <g
            key={person.id}
            className={`ecogram__person${person.id === selectedId ? ' ecogram__person--selected' : ''}`}
            role="button"
            tabIndex={0}
            aria-label={label}
            aria-pressed={person.id === selectedId}
            onClick={() => onSelect(person.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(person.id);
              }
            }}
          >
            {/* The invisible circle is the touch target: 46 px across at 360 px wide. */}
            <circle className="ecogram__target" cx={x} cy={y} r={28} />
            <circle className={`ecogram__node ecogram__node--${person.relation}`} cx={x} cy={y} r={14} />
            {count > 0 && (
              <text className="ecogram__count" x={x} y={y + 5} textAnchor="middle">
                {count}
              </text>
            )}
            <text className="ecogram__label" x={x} y={y + 30} textAnchor="middle">
              {short(person.name)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
