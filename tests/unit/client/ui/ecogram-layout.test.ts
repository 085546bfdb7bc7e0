import { describe, expect, it } from 'vitest';
import { relationKinds } from '../../../../src/domain';
import { ECOGRAM_CENTRE, ECOGRAM_SIZE, ecogramLayout, zigzagPoints } from '../../../../src/client/ui/network/layout';

describe('the ecogram layout', () => {
  const people = Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, relation: relationKinds[i % relationKinds.length]! }));

  it('places everyone inside the picture, around the centre, and far enough apart to tap', () => {
    const placed = ecogramLayout(people);
    expect(placed).toHaveLength(25);
    for (const { x, y } of placed) {
      expect(x).toBeGreaterThan(20);
      expect(x).toBeLessThan(ECOGRAM_SIZE - 20);
      expect(Math.hypot(x - ECOGRAM_CENTRE, y - ECOGRAM_CENTRE)).toBeGreaterThan(90);
    }
    // Nodes are 28 units across: no two may overlap.
    for (const a of placed) for (const b of placed) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(28);
  });

  it('keeps a kind of relation together in its own sector', () => {
    const placed = ecogramLayout(people);
    // Clockwise from the top: each kind's people follow one another, never mixed with another kind.
    const turn = (p: { x: number; y: number }) => (Math.atan2(p.y - ECOGRAM_CENTRE, p.x - ECOGRAM_CENTRE) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    const kinds = [...placed].sort((a, b) => turn(a) - turn(b)).map((p) => p.person.relation);
    const runs = kinds.filter((kind, i) => kind !== kinds[i - 1]);
    expect(runs).toEqual([...relationKinds]);
  });

  it('one person or none is fine too', () => {
    expect(ecogramLayout([])).toEqual([]);
    expect(ecogramLayout([{ id: 'a', relation: 'buur' }])).toHaveLength(1);
  });

  it('a zig-zag starts and ends where the line would', () => {
    const points = zigzagPoints(0, 0, 100, 0).split(' ');
    expect(points[0]).toBe('0,0');
    expect(points.at(-1)).toBe('100,0');
    expect(points.some((p) => p.endsWith(',5'))).toBe(true);
  });
});
