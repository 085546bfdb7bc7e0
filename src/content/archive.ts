import type { Channel } from '../domain';

/**
 * Texts of questions and topics that are no longer in the current content. A record keeps its
 * answers under the id it was made with (`answer.<questionId>`, `topic.<topicId>`), so the app
 * can still show those answers with the prompt they were given to. Ids are never reused: an id
 * here must not appear in the current content (tested).
 */
interface Retired {
  /** The last content version that had this text. */
  readonly lastVersion: string;
}

interface RetiredQuestion extends Retired {
  readonly text: Partial<Record<Channel, string>>;
}

interface RetiredTopic extends Retired {
  readonly text: string;
}

// Fixtures: content version 2025.1 is fictional (the first real version is 2026.1). These two
// entries exist so the path "old record, retired prompt" is exercised by tests and by the UI
// with demo data; they are never shown for a real record, whose ids all come from 2026.1 on.
const retiredQuestions: Readonly<Record<string, RetiredQuestion>> = {
  'eerste-vraag-oud': {
    lastVersion: '2025.1',
    text: {
      telefoon: 'Waarmee kan ik u helpen?',
      loket: 'Waarmee kan ik u helpen?',
      huisbezoek: 'Hoe gaat het met u en uw gezin?',
      eropaf: 'Er zijn zorgen over u. Mag ik even met u praten?',
    },
  },
};

const retiredTopics: Readonly<Record<string, RetiredTopic>> = {
  'geldzaken-oud': { lastVersion: '2025.1', text: 'geldzaken, post, rekeningen' },
};

export const archivedQuestionIds: readonly string[] = Object.keys(retiredQuestions);
export const archivedTopicIds: readonly string[] = Object.keys(retiredTopics);

/** The retired wording for the channel, or any channel's wording when that one had none. */
export function archivedQuestionText(id: string, channel?: Channel): string | undefined {
  const retired = Object.hasOwn(retiredQuestions, id) ? retiredQuestions[id] : undefined;
  if (!retired) return undefined;
  return (channel && retired.text[channel]) ?? Object.values(retired.text)[0];
}

export function archivedTopicText(id: string): string | undefined {
  return Object.hasOwn(retiredTopics, id) ? retiredTopics[id]?.text : undefined;
}
