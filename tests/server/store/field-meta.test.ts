import { describe, expect, it } from 'vitest';
import { decodeFieldMap, encodeFieldMap } from '../../../src/server/store/field-meta';

const hlcA = '001796222020944:00000:01a2372c-ed4a-709e-a404-ff27276e5828';
const hlcB = '001796222020999:00003:01a2372c-ed4a-709e-a404-ff27276e5829';

describe('stored stamps and field revisions', () => {
  it('keeps every field with its own value, whichever fields share one', () => {
    const stamps = { note: hlcA, outcome: hlcA, channel: hlcB, 'answer.eerste-vraag': hlcA };
    const revs = { note: 6, outcome: 6, channel: 9, 'answer.eerste-vraag': 12 };
    expect(decodeFieldMap(encodeFieldMap(stamps))).toEqual(stamps);
    expect(decodeFieldMap(encodeFieldMap(revs))).toEqual(revs);
  });

  it('writes a shared stamp once', () => {
    const stamps = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((field) => [field, hlcA]));
    expect(encodeFieldMap(stamps).split(hlcA)).toHaveLength(2);
  });

  it('writes the grouped encoding as JSON of its groups, in first-seen order (what rows already hold)', () => {
    const stamps = { note: hlcA, 'answer."quoted"\\': hlcB, outcome: hlcA, channel: hlcB, startedAt: hlcA };
    expect(encodeFieldMap(stamps)).toBe(JSON.stringify([[hlcA, ['note', 'outcome', 'startedAt']], [hlcB, ['answer."quoted"\\', 'channel']]]));
    expect(encodeFieldMap({ a: 6, b: 9, c: 6 })).toBe('[[6,["a","c"]],[9,["b"]]]');
  });

  it('reads rows written as a plain object per field (before the grouped encoding)', () => {
    expect(decodeFieldMap(JSON.stringify({ note: hlcA, channel: hlcB }))).toEqual({ note: hlcA, channel: hlcB });
    expect(decodeFieldMap('{"note":6}')).toEqual({ note: 6 });
  });

  it('stores an empty map (a tombstone) as {}', () => {
    expect(encodeFieldMap({})).toBe('{}');
    expect(decodeFieldMap('{}')).toEqual({});
  });
});
