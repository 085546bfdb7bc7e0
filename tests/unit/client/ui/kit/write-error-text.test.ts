import { describe, expect, it } from 'vitest';
import { storeProblems, type WriteError } from '../../../../../src/client/db';
import { writeErrorText } from '../../../../../src/client/ui/kit/write-error-text';
import { storeProblemTexts } from '../../../../../src/client/ui/texts';

describe('writeErrorText: the device store gives codes, the screens say them in Dutch', () => {
  it('has a Dutch text for every code of the store, and none for a code that does not exist', () => {
    for (const code of storeProblems) {
      expect(storeProblemTexts[code], code).toMatch(/^[A-Z].*\.$/);
      expect(writeErrorText({ field: '', code })).toBe(storeProblemTexts[code]);
    }
    expect(Object.keys(storeProblemTexts).sort()).toEqual([...storeProblems].sort());
  });

  it('says what the worker saw before the codes, word for word', () => {
    expect(storeProblemTexts).toEqual({
      'record-gone': 'Dit staat niet (meer) op dit apparaat.',
      'record-deleted': 'Dit is verwijderd en kan niet meer worden aangepast.',
      'household-gone': 'Dit huishouden staat niet (meer) op dit apparaat.',
      'conflict-resolved': 'Deze versie is al opgelost.',
    });
  });

  it("keeps the domain's own Dutch message of a broken rule", () => {
    const error: WriteError = { field: 'scoreWorker', message: 'Het cijfer is minimaal 1.' };
    expect(writeErrorText(error)).toBe('Het cijfer is minimaal 1.');
    expect(writeErrorText(undefined)).toBeUndefined();
  });
});
