import type { BakensAid } from '../../../../content/gesprekshulp';
import { Own } from './Own';
import { TitledPoints } from './TitledPoints';

export function BakensView({ aid }: { aid: BakensAid }) {
  return (
    <>
      <Own text={aid.reflection} />
      <TitledPoints items={aid.bakens} />
    </>
  );
}
