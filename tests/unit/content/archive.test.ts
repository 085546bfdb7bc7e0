import { describe, expect, it } from 'vitest';
import {
  archivedQuestionIds,
  archivedQuestionText,
  archivedTopicIds,
  archivedTopicText,
  compareContentVersions,
  formerQuestionText,
  rewordedQuestionIds,
} from '../../../src/content/archive';
import { answerPrompt, questionTextFor, topicText } from '../../../src/content/lookup';
import { findQuestion } from '../../../src/content/vragenlijst';
import { CONTENT_VERSION } from '../../../src/content/version';

// Fixture: 'eerste-vraag-oud' and 'geldzaken-oud' were retired after the fictional version 2025.1.
describe('archive of retired texts', () => {
  it('keeps the prompt a retired question was answered under, per channel', () => {
    expect(archivedQuestionText('eerste-vraag-oud', 'telefoon')).toBe('Waarmee kan ik u helpen?');
    expect(archivedQuestionText('eerste-vraag-oud', 'huisbezoek')).toBe('Hoe gaat het met u en uw gezin?');
    expect(archivedQuestionText('eerste-vraag-oud')).toBe('Waarmee kan ik u helpen?');
    expect(archivedTopicText('geldzaken-oud')).toBe('geldzaken, post, rekeningen');
  });

  it('knows nothing of current or unknown ids', () => {
    expect(archivedQuestionText('eerste-vraag', 'telefoon')).toBeUndefined();
    expect(archivedQuestionText('toString')).toBeUndefined();
    expect(archivedTopicText('dagindeling')).toBeUndefined();
    expect(archivedTopicText('constructor')).toBeUndefined();
  });

  it('has entries to prove the old-record path', () => {
    expect(archivedQuestionIds).toContain('eerste-vraag-oud');
    expect(archivedTopicIds).toContain('geldzaken-oud');
    expect(CONTENT_VERSION).toMatch(/^\d{4}\.\d+$/);
  });
});

describe('prompts for stored answers', () => {
  it('shows an old record with the prompt it was answered under', () => {
    expect(answerPrompt('eerste-vraag-oud', 'eropaf')).toBe('Er zijn zorgen over u. Mag ik even met u praten?');
    expect(topicText('geldzaken-oud')).toBe('geldzaken, post, rekeningen');
  });

  it("shows a current question in the contact's channel", () => {
    expect(answerPrompt('eerste-vraag', 'huisbezoek')).toBe('Hoe gaat het met u?');
    expect(topicText('dagindeling')).toBe('dagindeling');
  });

  it('keeps an answer readable after the channel changed to one that does not ask the question', () => {
    expect(answerPrompt('zelf-nu', 'telefoon')).toBe('Wat kunt uzelf op dit moment?');
  });

  it('returns nothing for an id that never existed', () => {
    expect(answerPrompt('bestaat-niet', 'loket')).toBeUndefined();
    expect(topicText('bestaat-niet')).toBeUndefined();
  });
});

// Fixture: 'anders-willen' was worded "Wat wilt u dat er verandert?" up to the fictional 2025.1.
describe('reworded questions', () => {
  const question = findQuestion('anders-willen')!;

  it('gives a record the wording of its own content version, and today’s to a newer record', () => {
    expect(questionTextFor(question, 'huisbezoek', '2025.1')).toBe('Wat wilt u dat er verandert?');
    expect(questionTextFor(question, 'huisbezoek', '2024.3')).toBe('Wat wilt u dat er verandert?');
    expect(questionTextFor(question, 'huisbezoek', CONTENT_VERSION)).toBe('Wat zou u anders willen?');
    expect(answerPrompt('anders-willen', 'loket', '2025.1')).toBe('Wat wilt u dat er verandert?');
    expect(answerPrompt('anders-willen', 'loket')).toBe('Wat zou u anders willen?');
    expect(formerQuestionText('eerste-vraag', 'loket', '2025.1')).toBeUndefined();
  });

  it('compares versions as numbers', () => {
    expect(compareContentVersions('2026.10', '2026.9')).toBeGreaterThan(0);
    expect(compareContentVersions('2025.1', '2026.1')).toBeLessThan(0);
    expect(compareContentVersions('2026.1', '2026.1')).toBe(0);
  });

  it('keeps former wordings only for questions that are still asked', () => {
    expect(rewordedQuestionIds.length).toBeGreaterThan(0);
    for (const id of rewordedQuestionIds) expect(findQuestion(id), id).toBeDefined();
  });
});
