import { describe, expect, it } from 'vitest';
import { authorNames, authorOf, writersOf } from '../../../../src/client/db/authors';
import { formatHlc } from '../../../../src/domain';

const stamp = (wallMs: number, node: string) => formatHlc({ wallMs, counter: 0, node });

describe('authors of a record', () => {
  it('lists the devices that wrote its fields, the first writer first, each once', () => {
    const stamps = { note: stamp(3_000, 'phone-b'), channel: stamp(1_000, 'phone-a'), outcome: stamp(2_000, 'phone-b'), startedAt: stamp(1_000, 'phone-a') };
    expect(writersOf(stamps)).toEqual(['phone-a', 'phone-b']);
  });

  it('names known devices only, and a worker with two phones once', () => {
    const authors = { 'phone-a': 'Anna', 'phone-a2': 'Anna', 'phone-b': 'Bram' };
    expect(authorNames(authors, ['phone-a', 'unknown', 'phone-a2', 'phone-b'])).toEqual(['Anna', 'Bram']);
    expect(authorOf(authors, stamp(1, 'phone-b'))).toBe('Bram');
    expect(authorOf(authors, stamp(1, 'elsewhere'))).toBeNull();
  });
});
