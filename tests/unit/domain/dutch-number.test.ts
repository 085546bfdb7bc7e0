import { describe, expect, it } from 'vitest';
import { dutchWholeNumber } from '../../../src/domain/dutch-number';

describe('dutchWholeNumber', () => {
  it.each([0, 7, 999, 1_000, 1_500, 20_000, 100_000, 1_234_567, -4_500])('writes %i as nl-NL does', (n) => {
    expect(dutchWholeNumber(n)).toBe(n.toLocaleString('nl-NL'));
  });
});
