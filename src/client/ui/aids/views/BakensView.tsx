import type { BakensAid } from '../../../../content/gesprekshulp';
import { Own } from './Own';

export function BakensView({ aid }: { aid: BakensAid }) {
  return (
    <>
      <Own text={aid.reflection} />
      <ol className="aid-list">
        {aid.bakens.map((baken) => (
          <li key={baken.id}>
            <strong>{baken.title}</strong>
            <ul>
              {baken.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
