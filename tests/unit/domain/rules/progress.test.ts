import { describe, expect, it } from 'vitest';
import { validateFields } from '../../../../src/domain/records/validate';
import { scoreSeries, scoresDiffer } from '../../../../src/domain/rules/progress';

describe('progress over time', () => {
  const march = { takenOn: '2026-03-01', resident: { netwerk: 2, inkomen: 5 }, worker: { netwerk: 3, inkomen: 2 } };
  const june = { takenOn: '2026-06-01', resident: { netwerk: 5 }, worker: { netwerk: 4 } };

  it('gives each subdomain its scores over the moments, oldest first, leaving out subdomains never scored', () => {
    const series = scoreSeries([june, march], ['netwerk', 'huisvesting', 'inkomen']);
    expect(series.map((s) => s.subdomainId)).toEqual(['netwerk', 'inkomen']);
    expect(series[0]?.points).toEqual([
      { takenOn: '2026-03-01', resident: 2, worker: 3 },
      { takenOn: '2026-06-01', resident: 5, worker: 4 },
    ]);
    expect(series[1]?.points[1]).toEqual({ takenOn: '2026-06-01', resident: null, worker: null });
  });

  it('of two moments on one day, the later written counts', () => {
    const again = { ...march, resident: { netwerk: 9 } };
    expect(scoreSeries([march, again], ['netwerk'])[0]?.points).toEqual([{ takenOn: '2026-03-01', resident: 9, worker: 3 }]);
  });

  it('marks a difference of three points or more between resident and worker as one to talk about', () => {
    expect(scoresDiffer({ takenOn: 'x', resident: 5, worker: 2 })).toBe(true);
    expect(scoresDiffer({ takenOn: 'x', resident: 5, worker: 3 })).toBe(false);
    expect(scoresDiffer({ takenOn: 'x', resident: 5, worker: null })).toBe(false);
  });

  it('a moment validates with the score schema', () => {
    expect(validateFields('mapMoments', { takenOn: '2026-03-01', 'resident.netwerk': 4, 'worker.netwerk': null }, true).ok).toBe(true);
    expect(validateFields('mapMoments', { takenOn: '2026-03-01', 'resident.netwerk': 11 }, true).ok).toBe(false);
  });
});
