import { describe, expect, it } from 'vitest';
import { matchPath, paths } from '../../../../../src/client/ui/router/match';

describe('matchPath', () => {
  it('decodes the parameters that paths encoded', () => {
    expect(matchPath('/huishouden/:id', paths.household('a b/c'))).toEqual({ id: 'a b/c' });
  });

  it('matches nothing for a part that does not decode, so the address is "niet gevonden"', () => {
    expect(matchPath('/huishouden/:id', '/huishouden/%E0%A4%A')).toBeNull();
    expect(matchPath('/huishouden/:id/kaart', '/huishouden/100%/kaart')).toBeNull();
  });
});
