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

interface ArchivedQuestion extends RetiredQuestion {
  /** The step it was asked in: its answer is shown there, read-only, marked as from an older version. */
  readonly stepId: string;
}

interface RetiredTopic extends Retired {
  readonly text: string;
}

// Fixtures: content version 2025.1 is fictional (the first real version is 2026.1). These two
// entries exist so the path "old record, retired prompt" is exercised by tests and by the UI
// with demo data; they are never shown for a real record, whose ids all come from 2026.1 on.
const retiredQuestions: Readonly<Record<string, ArchivedQuestion>> = {
  'eerste-vraag-oud': {
    lastVersion: '2025.1',
    stepId: 'eerste-vraag',
    text: {
      telefoon: 'Waarmee kan ik u helpen?',
      loket: 'Waarmee kan ik u helpen?',
      huisbezoek: 'Hoe gaat het met u en uw gezin?',
      eropaf: 'Er zijn zorgen over u. Mag ik even met u praten?',
    },
  },
};

/**
 * Earlier wordings of questions that are still asked under the same id (reworded, same meaning:
 * see README). What was asked is part of the record, so an answer given under an older content
 * version is shown under the wording that was on screen then. Oldest first; each entry is the
 * wording up to and including its `lastVersion`. Every id here must be in the current content.
 */
const formerWordings: Readonly<Record<string, readonly RetiredQuestion[]>> = {
  // Fixture (fictional 2025.1, see above): the first wording of 'anders-willen'.
  'anders-willen': [
    {
      lastVersion: '2025.1',
      text: {
        telefoon: 'Wat wilt u dat er verandert?',
        loket: 'Wat wilt u dat er verandert?',
        huisbezoek: 'Wat wilt u dat er verandert?',
        eropaf: 'Wat wilt u dat er verandert?',
      },
    },
  ],
};

const retiredTopics: Readonly<Record<string, RetiredTopic>> = {
  'geldzaken-oud': { lastVersion: '2025.1', text: 'geldzaken, post, rekeningen' },
};

export const archivedQuestionIds: readonly string[] = Object.keys(retiredQuestions);
export const rewordedQuestionIds: readonly string[] = Object.keys(formerWordings);

/** The retired questions that were asked in this step. */
export function archivedQuestionIdsOfStep(stepId: string): readonly string[] {
  return archivedQuestionIds.filter((id) => retiredQuestions[id]?.stepId === stepId);
}
export const archivedTopicIds: readonly string[] = Object.keys(retiredTopics);

/** The retired wording for the channel, or any channel's wording when that one had none. */
export function archivedQuestionText(id: string, channel?: Channel): string | undefined {
  const retired = Object.hasOwn(retiredQuestions, id) ? retiredQuestions[id] : undefined;
  if (!retired) return undefined;
  return (channel && retired.text[channel]) ?? Object.values(retired.text)[0];
}

/**
 * The wording a current question had under `contentVersion`, when it was reworded since then
 * (undefined: the current wording is the one that was asked). The channel's own wording, else any.
 */
export function formerQuestionText(id: string, channel: Channel, contentVersion: string): string | undefined {
  const wordings = Object.hasOwn(formerWordings, id) ? formerWordings[id] : undefined;
  const then = wordings?.find((wording) => compareContentVersions(contentVersion, wording.lastVersion) <= 0);
  return then && (then.text[channel] ?? Object.values(then.text)[0]);
}

/** Content versions are `YYYY.N`: compared as numbers, so 2026.10 comes after 2026.9. */
export function compareContentVersions(a: string, b: string): number {
  const [yearA = 0, nA = 0] = a.split('.').map(Number);
  const [yearB = 0, nB = 0] = b.split('.').map(Number);
  return yearA - yearB || nA - nB;
}

export function archivedTopicText(id: string): string | undefined {
  return Object.hasOwn(retiredTopics, id) ? retiredTopics[id]?.text : undefined;
}
