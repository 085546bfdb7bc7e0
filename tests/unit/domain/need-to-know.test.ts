import { describe, expect, it } from 'vitest';
import { dutchDate, mayCloseHousehold, mustGiveReason, REASON_VALID_MS, sharedWith, shareCurrent } from '../../../src/domain/rules/need-to-know';

const now = new Date('2026-03-02T09:00:00Z');
const medewerker = { organisationKind: 'lead' as const, role: 'medewerker' as const, displayName: 'Jan de Vries' };

describe('need to know', () => {
  it('takes an agreement\'s days in the Dutch calendar', () => {
    expect(dutchDate(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(dutchDate(new Date('2026-01-31T22:30:00Z'))).toBe('2026-01-31');
  });

  it('shares with an organisation until the latest last day of its not-withdrawn agreements', () => {
    const shares = sharedWith([
      { organisationId: 'a', agreedOn: '2026-01-01', until: '2026-02-01', withdrawnOn: null },
      { organisationId: 'a', agreedOn: '2026-02-01', until: '2026-06-30', withdrawnOn: null },
      { organisationId: 'b', agreedOn: '2026-01-01', until: null, withdrawnOn: '2026-01-05' },
      { organisationId: 'c', agreedOn: '2026-01-01', until: '2026-02-01', withdrawnOn: null },
      { organisationId: 'c', agreedOn: '2026-01-01', until: null, withdrawnOn: null },
    ]);
    expect([...shares]).toEqual([['a', { until: '2026-06-30' }], ['c', { until: null }]]);
    expect(shareCurrent({ until: '2026-06-30' }, '2026-06-30')).toBe(true);
    expect(shareCurrent({ until: '2026-06-30' }, '2026-07-01')).toBe(false);
  });

  it('asks a reason only of a lead medewerker who is not the regisseur, once per period', () => {
    expect(mustGiveReason(medewerker, 'Esmé', null, now)).toBe(true);
    expect(mustGiveReason(medewerker, ' jan de vries ', null, now)).toBe(false);
    expect(mustGiveReason(medewerker, null, null, now)).toBe(false);
    expect(mustGiveReason({ ...medewerker, role: 'teamleider' }, 'Esmé', null, now)).toBe(false);
    expect(mustGiveReason({ ...medewerker, organisationKind: 'partner' }, 'Esmé', null, now)).toBe(false);
    const recent = new Date(now.getTime() - REASON_VALID_MS + 60_000).toISOString();
    const old = new Date(now.getTime() - REASON_VALID_MS - 60_000).toISOString();
    expect(mustGiveReason(medewerker, 'Esmé', recent, now)).toBe(false);
    expect(mustGiveReason(medewerker, 'Esmé', old, now)).toBe(true);
  });
});

describe('who may close a household', () => {
  const viewer = (role: 'medewerker' | 'teamleider' | 'beheerder', organisationKind: 'lead' | 'partner' = 'lead') => ({ role, organisationKind, displayName: 'Anna de Boer' });
  it('is its regisseur (names compared loosely), the teamleider or the beheerder, never a partner', () => {
    expect(mayCloseHousehold(viewer('medewerker'), ' anna de boer')).toBe(true);
    expect(mayCloseHousehold(viewer('medewerker'), 'Esmé')).toBe(false);
    expect(mayCloseHousehold(viewer('medewerker'), null)).toBe(false);
    expect(mayCloseHousehold(viewer('teamleider'), 'Esmé')).toBe(true);
    expect(mayCloseHousehold(viewer('beheerder'), null)).toBe(true);
    expect(mayCloseHousehold(viewer('teamleider', 'partner'), 'Anna de Boer')).toBe(false);
  });
});
