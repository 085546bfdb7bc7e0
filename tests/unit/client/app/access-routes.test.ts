import { describe, expect, it } from 'vitest';
import { accessFor } from '../../../../src/client/app/routes';

const h = '0190a000-0000-7000-8000-000000000001';

/** Which screens leave an entry in the audit trail when opened (db/access-log.ts). */
describe('accessFor', () => {
  it.each([
    [`/huishouden/${h}`, { action: 'read', table: 'households', recordId: h }],
    [`/huishouden/${h}/contact/${h}.c1`, { action: 'read', table: 'contacts', recordId: `${h}.c1` }],
    [`/huishouden/${h}/kaart`, { action: 'read', table: 'mapEntries', recordId: null }],
    [`/huishouden/${h}/plan`, { action: 'read', table: 'goals', recordId: null }],
    [`/huishouden/${h}/plan/afdruk`, { action: 'read', table: 'goals', recordId: null }], // printing itself: the button
  ])('%s', (path, event) => expect(accessFor(path)).toEqual({ householdId: h, ...event }));

  it('none for screens without a household', () => {
    expect(accessFor('/')).toBeNull();
    expect(accessFor('/nieuw')).toBeNull();
    expect(accessFor(`/huishouden/${h}/contact`)).toBeNull();
  });
});
