import { relationKinds, type RelationKind } from '../../../domain';

export interface Placed<P> {
  person: P;
  x: number;
  y: number;
}

export const ECOGRAM_SIZE = 400;
const CENTRE = ECOGRAM_SIZE / 2;
const RINGS = [118, 165];

/**
 * Where each person goes in the ecogram: the household in the centre, the network around it in
 * one sector per kind of relation (family together, professionals together), spread over two
 * rings so 25 people still leave room to tap each one on a phone. Pure, so it is tested alone.
 */
export function ecogramLayout<P extends { id: string; relation: RelationKind }>(people: readonly P[]): Placed<P>[] {
  const sector = (2 * Math.PI) / relationKinds.length;
  const placed: Placed<P>[] = [];
  relationKinds.forEach((relation, index) => {
    const group = people.filter((p) => p.relation === relation);
    group.forEach((person, i) => {
      // Spread within the sector, away from its edges; alternate rings so neighbours do not touch.
      const angle = -Math.PI / 2 + sector * index + (sector * (i + 0.5)) / group.length;
      const radius = RINGS[i % RINGS.length]!;
      placed.push({ person, x: round(CENTRE + radius * Math.cos(angle)), y: round(CENTRE + radius * Math.sin(angle)) });
    });
  });
  return placed;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A zig-zag from one point to another, for a tie under strain (gespannen). */
export function zigzagPoints(x1: number, y1: number, x2: number, y2: number, teeth = 8, depth = 5): string {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = Math.hypot(dx, dy) || 1;
  const nx = -dy / length;
  const ny = dx / length;
  const points = [`${x1},${y1}`];
  for (let i = 1; i < teeth * 2; i++) {
    const t = i / (teeth * 2);
    const side = i % 2 === 0 ? 0 : i % 4 === 1 ? depth : -depth;
    points.push(`${round(x1 + dx * t + nx * side)},${round(y1 + dy * t + ny * side)}`);
  }
  points.push(`${x2},${y2}`);
  return points.join(' ');
}

export { CENTRE as ECOGRAM_CENTRE };
