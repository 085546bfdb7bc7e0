import { describe, expect, it } from 'vitest';
import { allSubdomains, mapQuestions } from '../../../src/content';

// The method's abbreviations written as a reader expects them: "e.d.", "evt.", not "ed" or "evt".
const raw = /(^|[\s,(])(ed|evt|o\.a|bijv)(?=$|[\s,.)])(?!\.\w)/i;

describe('abbreviations in the map', () => {
  it('are written with their full stops', () => {
    const texts = [...allSubdomains.flatMap((s) => s.topics.map((t) => t.text)), ...mapQuestions.map((q) => q.text)];
    const bad = texts.filter((text) => {
      const match = raw.exec(text);
      return match && !text.slice(match.index + match[0].length).startsWith('.');
    });
    expect(bad).toEqual([]);
  });
});
