import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { previousForNewHandover, regisseurOf, type HandoverLink } from '../../../../src/domain/rules/regisseur';

const h = (id: string, at: string, previousId: string | null, settled = false): HandoverLink & { to: string } => ({
  id,
  at,
  previousId,
  settled,
  to: id.toUpperCase(),
});

describe('one regisseur, kept as a chain of handovers', () => {
  it('has none before the first is named', () => {
    expect(regisseurOf([])).toEqual({ current: null, contested: [], history: [] });
    expect(previousForNewHandover([])).toBeNull();
  });

  it('follows the chain: the latest handover that no other follows is the regisseur', () => {
    const first = h('a', '2026-07-01T10:00:00+02:00', null);
    const second = h('b', '2026-07-08T10:00:00+02:00', 'a');
    const state = regisseurOf([second, first]);
    expect(state.current).toBe(second);
    expect(state.contested).toEqual([]);
    expect(state.history).toEqual([first, second]);
    expect(previousForNewHandover([first, second])).toBe('b');
  });

  it('two offline changes at once: one wins, the other is shown, not lost', () => {
    const first = h('a', '2026-07-01T10:00:00+02:00', null);
    const toJan = h('j', '2026-07-08T10:00:00+02:00', 'a');
    const toEsme = h('e', '2026-07-08T11:00:00+02:00', 'a');
    const state = regisseurOf([first, toJan, toEsme]);
    expect(state.current).toBe(toEsme);
    expect(state.contested).toEqual([toJan]);
    expect(state.history).toHaveLength(3);
  });

  it('a contested handover that a worker settled is no longer shown as contested', () => {
    const first = h('a', '2026-07-01T10:00:00+02:00', null);
    const toJan = h('j', '2026-07-08T10:00:00+02:00', 'a', true);
    const toEsme = h('e', '2026-07-08T11:00:00+02:00', 'a');
    expect(regisseurOf([first, toJan, toEsme]).contested).toEqual([]);
  });

  it('compares instants, not strings, across UTC offsets', () => {
    const first = h('a', '2026-07-01T10:00:00+02:00', null);
    const early = h('x', '2026-07-08T09:30:00+00:00', 'a'); // 11:30 in Amsterdam
    const late = h('y', '2026-07-08T11:00:00+02:00', 'a'); // 09:00 UTC
    expect(regisseurOf([first, early, late]).current).toBe(early);
  });

  it('every device names the same regisseur, whatever order the rows arrived in', () => {
    const rows = [
      h('a', '2026-07-01T10:00:00+02:00', null),
      h('b', '2026-07-02T10:00:00+02:00', 'a'),
      h('c', '2026-07-02T10:00:00+02:00', 'a'),
      h('d', '2026-07-03T10:00:00+02:00', 'b'),
      h('e', '2026-07-03T10:00:00+02:00', 'c'),
    ];
    const expected = regisseurOf(rows);
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        const state = regisseurOf(shuffled);
        expect(state.current?.id).toBe(expected.current?.id);
        expect(state.contested.map((x) => x.id).sort()).toEqual(expected.contested.map((x) => x.id).sort());
        expect(state.history.map((x) => x.id)).toEqual(expected.history.map((x) => x.id));
      }),
    );
    expect(expected.current?.id).toBe('e');
    expect(expected.contested.map((x) => x.id)).toEqual(['d']);
  });
});
