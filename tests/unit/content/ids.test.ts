import { describe, expect, it } from 'vitest';
import { contentIdPattern } from '../../../src/domain';
import { archivedQuestionIds, archivedTopicIds } from '../../../src/content/archive';
import { allSubdomains, lifeDomains, simpleAreas } from '../../../src/content/leefgebiedenkaart';
import { allQuestions, vragenlijst } from '../../../src/content/vragenlijst';

// Ids end up in stored field names (`answer.<id>`, `topic.<id>`, map entry ids), so each kind
// of id must be unique and well formed, and a retired id must never come back.
const namespaces: Record<string, readonly string[]> = {
  domains: lifeDomains.map((domain) => domain.id),
  subdomains: allSubdomains.map((subdomain) => subdomain.id),
  topics: allSubdomains.flatMap((subdomain) => subdomain.topics.map((topic) => topic.id)),
  simpleAreas: simpleAreas.map((area) => area.id),
  steps: vragenlijst.map((step) => step.id),
  questions: allQuestions.map((question) => question.id),
  archivedQuestions: archivedQuestionIds,
  archivedTopics: archivedTopicIds,
};

describe('content ids', () => {
  it.each(Object.entries(namespaces))('%s are unique and match the content id pattern', (_name, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(contentIdPattern);
  });

  it('never reuses a retired id in the current content', () => {
    const current = new Set([...namespaces.questions!, ...namespaces.topics!]);
    for (const id of [...archivedQuestionIds, ...archivedTopicIds]) expect(current.has(id), id).toBe(false);
  });
});
