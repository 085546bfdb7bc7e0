import { describe, expect, it } from 'vitest';
import { supportLevels } from '../../../../src/domain/records/plan-actions';
import { compareByMethod, defaultCare, ladderRank, shouldNudge, type LadderAction } from '../../../../src/domain/rules/support-ladder';

const own: LadderAction = { whoKind: 'bewoner', care: 'informeel', reach: 'individueel' };
const network: LadderAction = { whoKind: 'netwerk', care: 'informeel', reach: 'individueel' };
const professional: LadderAction = { whoKind: 'professional', care: 'formeel', reach: 'individueel' };

describe('the support ladder', () => {
  it('goes from light to heavy: faciliteren, ondersteunen, interveniëren, beschermen', () => {
    expect(supportLevels.map(ladderRank)).toEqual([0, 1, 2, 3]);
    expect(ladderRank('faciliteren')).toBeLessThan(ladderRank('beschermen'));
  });

  it('puts informal before formal, collective before individual, light before heavy', () => {
    const heavy: LadderAction = { whoKind: 'professional', care: 'formeel', reach: 'individueel', supportLevel: 'beschermen' };
    const light: LadderAction = { ...heavy, supportLevel: 'faciliteren' };
    const collective: LadderAction = { ...heavy, reach: 'collectief' };
    const sorted = [heavy, professional, network, collective, light, own].sort(compareByMethod);
    expect(sorted.slice(0, 2)).toEqual([own, network]);
    expect(sorted[2]).toBe(collective);
    expect(sorted.indexOf(light)).toBeLessThan(sorted.indexOf(heavy));
  });

  it('counts a professional as formal care unless told otherwise', () => {
    expect(defaultCare('professional')).toBe('formeel');
    expect(defaultCare('vrijwilliger')).toBe('informeel');
  });
});

describe('the nudge: ask once whether the resident or the network could do it first', () => {
  it('asks for a formal action on a goal with no own or network action', () => {
    expect(shouldNudge(professional, [], false)).toBe(true);
    expect(shouldNudge(professional, [{ ...professional }], false)).toBe(true);
  });

  it('asks for an individual action by a professional even when marked informal', () => {
    expect(shouldNudge({ whoKind: 'professional', care: 'informeel', reach: 'individueel' }, [], false)).toBe(true);
    expect(shouldNudge({ whoKind: 'professional', care: 'informeel', reach: 'collectief' }, [], false)).toBe(false);
  });

  it('does not ask when the goal already has an own or network action', () => {
    expect(shouldNudge(professional, [own], false)).toBe(false);
    expect(shouldNudge(professional, [network], false)).toBe(false);
    expect(shouldNudge(professional, [{ whoKind: 'vrijwilliger' }], false)).toBe(false);
  });

  it('does not ask for an action of the resident or the network itself', () => {
    expect(shouldNudge(own, [], false)).toBe(false);
    expect(shouldNudge(network, [professional], false)).toBe(false);
  });

  it('asks only once per goal', () => {
    expect(shouldNudge(professional, [], true)).toBe(false);
  });
});
