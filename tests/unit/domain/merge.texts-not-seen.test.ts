import { describe, expect, it } from 'vitest';
import { textsNotSeen } from '../../../src/domain/merge';

describe('textsNotSeen: a form must not replace a text it never showed', () => {
  const stored = { situation: 'Van een collega.', label: 'Kade 1', scoreWorker: 6 };

  it('names a stored text that differs from what the form showed and from the new text', () => {
    expect(textsNotSeen('mapEntries', stored, { situation: 'Mijn tekst.' }, { situation: 'Oud.' })).toEqual(['situation']);
  });

  it('is quiet when the form showed the stored text, or the new text equals it', () => {
    expect(textsNotSeen('mapEntries', stored, { situation: 'Mijn tekst.' }, { situation: 'Van een collega.' })).toEqual([]);
    expect(textsNotSeen('mapEntries', stored, { situation: 'Van een collega.' }, { situation: 'Oud.' })).toEqual([]);
  });

  it('is quiet without a word about what was shown, for an empty stored text, and for fields that are not free text', () => {
    expect(textsNotSeen('mapEntries', stored, { situation: 'Mijn tekst.' }, {})).toEqual([]);
    expect(textsNotSeen('mapEntries', { situation: '  ' }, { situation: 'Mijn tekst.' }, { situation: '' })).toEqual([]);
    expect(textsNotSeen('mapEntries', stored, { scoreWorker: 7 }, { scoreWorker: 5 })).toEqual([]);
  });
});
