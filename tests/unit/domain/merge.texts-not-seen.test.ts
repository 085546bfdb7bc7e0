import { describe, expect, it } from 'vitest';
import { textsNotSeen } from '../../../src/domain/merge';

describe('textsNotSeen: a form must not replace a text it never showed', () => {
  const colleague = '000001767225600000:00000:device-collega';
  const mine = '000001767225600000:00000:device-mine';
  const stored = {
    fields: { situation: 'Van een collega.', label: 'Kade 1', scoreWorker: 6 },
    stamps: { situation: colleague, label: colleague, scoreWorker: colleague },
  };
  const withSituation = (text: string, stamp = colleague) => ({ fields: { situation: text }, stamps: { situation: stamp } });

  it('names a stored text that differs from what the form showed and from the new text', () => {
    expect(textsNotSeen('mapEntries', stored, { situation: 'Mijn tekst.' }, { situation: 'Oud.' }, 'device-mine')).toEqual(['situation']);
  });

  it('is quiet when the form showed the stored text, or the new text equals it', () => {
    expect(textsNotSeen('mapEntries', stored, { situation: 'Mijn tekst.' }, { situation: 'Van een collega.' }, 'device-mine')).toEqual([]);
    expect(textsNotSeen('mapEntries', stored, { situation: 'Van een collega.' }, { situation: 'Oud.' }, 'device-mine')).toEqual([]);
  });

  it('is quiet without a word about what was shown, for an empty stored text, and for fields that are not free text', () => {
    expect(textsNotSeen('mapEntries', stored, { situation: 'Mijn tekst.' }, {}, 'device-mine')).toEqual([]);
    expect(textsNotSeen('mapEntries', withSituation('  '), { situation: 'Mijn tekst.' }, { situation: '' }, 'device-mine')).toEqual([]);
    expect(textsNotSeen('mapEntries', stored, { scoreWorker: 7 }, { scoreWorker: 5 }, 'device-mine')).toEqual([]);
  });

  it('is quiet for a text this device wrote itself (a save that landed after the form read)', () => {
    expect(textsNotSeen('mapEntries', withSituation('Mijn eerdere tekst.', mine), { situation: 'Mijn tekst.' }, { situation: 'Oud.' }, 'device-mine')).toEqual([]);
  });
});
