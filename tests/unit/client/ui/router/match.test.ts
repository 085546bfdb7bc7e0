import { describe, expect, it } from 'vitest';
import { matchPath, paths, patterns, pathTo } from '../../../../../src/client/ui/router/match';

describe('matchPath', () => {
  it('decodes the parameters that paths encoded', () => {
    expect(matchPath('/huishouden/:id', paths.household('a b/c'))).toEqual({ id: 'a b/c' });
  });

  it('matches nothing for a part that does not decode, so the address is "niet gevonden"', () => {
    expect(matchPath('/huishouden/:id', '/huishouden/%E0%A4%A')).toBeNull();
    expect(matchPath('/huishouden/:id/kaart', '/huishouden/100%/kaart')).toBeNull();
  });

  it('builds every path from the pattern its route matches', () => {
    expect(paths.contact('h 1', 'c/2')).toBe('/huishouden/h%201/contact/c%2F2');
    expect(matchPath(patterns.contact, paths.contact('h 1', 'c/2'))).toEqual({ id: 'h 1', contactId: 'c/2' });
    for (const pattern of Object.values(patterns)) {
      expect(matchPath(pattern, pathTo(pattern, { id: 'x', contactId: 'y' } as never))).not.toBeNull();
    }
  });
});
