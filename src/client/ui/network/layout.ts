import { relationKinds, type RelationKind } from '../../../domain';

export interface Placed<P> {
  person: P;
  x: number;
  y: number;
}

export const ECOGRAM_SIZE = 440;
const CENTRE = ECOGRAM_SIZE / 2;
const RINGS = [100, 140, 180];

/**
 * Where each person goes in the ecogram: the household in the centre, the network around it,
 * grouped by kind of relation (family together, professionals together, in the order of
 * relationKinds), spread evenly around the circle over three rings, so that neighbours never sit
 * on the same ring and 25 people still leave room to tap each one on a phone. Pure, tested alone.
 */
export function ecogramLayout<P extends { id: string; relation: RelationKind }>(people: readonly P[]): Placed<P>[] {
  const ordered = relationKinds.flatMap((relation) => people.filter((p) => p.relation === relation));
  const n = ordered.length;
  return ordered.map((person, k) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * (k + 0.5)) / n;
    // The last one also neighbours the first (ring 0) around the circle: keep it off that ring.
    const ring = k === n - 1 && n > 1 && k % RINGS.length === 0 ? 1 : k % RINGS.length;
    const radius = n === 1 ? RINGS[1]! : RINGS[ring]!;
    return { person, x: round(CENTRE + radius * Math.cos(angle)), y: round(CENTRE + radius * Math.sin(angle)) };
  });
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
