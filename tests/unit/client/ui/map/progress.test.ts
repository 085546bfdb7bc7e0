import { describe, expect, it } from 'vitest';
import { domainGroups, groupProgress, isDiscussed, simpleGroups } from '../../../../../src/client/ui/map/progress';
import type { MapEntryView } from '../../../../../src/client/db';

const blank = (subdomainId: string, over: Partial<MapEntryView> = {}): MapEntryView => ({
  id: `h1.${subdomainId}`,
  subdomainId,
  contentVersion: '2026.1',
  experience: '',
  situation: '',
  problemsAndPossibilities: '',
  causes: '',
  residentGoesWell: '',
  scoreResident: null,
  scoreWorker: null,
  topics: {},
  writtenBy: [],
  ...over,
});

describe('isDiscussed', () => {
  it('is false without an entry or with an empty one', () => {
    expect(isDiscussed(undefined)).toBe(false);
    expect(isDiscussed(blank('inkomen'))).toBe(false);
  });

  it('ignores unticked topics and whitespace-only text', () => {
    expect(isDiscussed(blank('inkomen', { topics: { 'inkomen-bronnen': false }, causes: '  \n' }))).toBe(false);
  });

  it.each<[string, Partial<MapEntryView>]>([
    ['a ticked topic', { topics: { dagindeling: true } }],
    ['a retired topic', { topics: { 'geldzaken-oud': true } }],
    ['any of the four texts', { problemsAndPossibilities: 'Loopt vast met post.' }],
    ['a resident score', { scoreResident: 1 }],
    ['a worker score', { scoreWorker: 10 }],
  ])('is true with %s', (_, over) => {
    expect(isDiscussed(blank('dagbesteding', over))).toBe(true);
  });
});

describe('groupProgress', () => {
  it('counts discussed subdomains per life domain, in order, across all 14', () => {
    const entries = [
      blank('dagbesteding', { situation: 'Werkt twee dagen.' }),
      blank('netwerk', { topics: { 'aantal-contacten': true } }),
      blank('vrijetijdsbesteding'),
      blank('schulden', { scoreWorker: 3 }),
    ];
    const progress = groupProgress(domainGroups, entries);
    expect(progress.map((p) => [p.id, p.discussed, p.total])).toEqual([
      ['dag', 2, 4],
      ['nacht', 0, 3],
      ['financien', 1, 3],
      ['functioneren', 0, 4],
    ]);
    expect([...progress[0]!.discussedIds]).toEqual(['dagbesteding', 'netwerk']);
    expect(progress.reduce((sum, p) => sum + p.total, 0)).toBe(14);
  });

  it('reads the same entries for the simple model', () => {
    const progress = groupProgress(simpleGroups, [blank('vrijetijdsbesteding', { scoreResident: 7 })]);
    expect(progress.map((p) => [p.id, p.discussed, p.total])).toEqual([
      ['dag', 0, 3],
      ['nacht', 0, 3],
      ['geld', 0, 3],
      ['vrije-tijd', 1, 1],
    ]);
  });
});
