import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  actionsDueThisWeek,
  compareUrgency,
  conflictingDecisions,
  daysWithoutContact,
  filterReview,
  hasRecentCrisis,
  isNewReportUnvisited,
  overdueActions,
  resortByUrgency,
  sortByUrgency,
  type ReviewFacts,
} from '../../../../src/domain/rules/review';

const today = '2026-12-02';

const facts = (label: string, over: Partial<ReviewFacts> = {}): ReviewFacts => ({
  label,
  regisseur: null,
  crisis: false,
  overdue: false,
  newReport: false,
  dueThisWeek: 0,
  conflictCount: 0,
  noContactDays: 3,
  ...over,
});

describe('urgency: crisis, then overdue, then new reports unvisited, then longest without contact', () => {
  it('orders by each rule in turn', () => {
    const list = [
      facts('contact lang geleden', { noContactDays: 40 }),
      facts('melding', { newReport: true, noContactDays: null }),
      facts('achterstallig', { overdue: true, noContactDays: 1 }),
      facts('nooit contact', { noContactDays: null }),
      facts('crisis', { crisis: true, noContactDays: 0 }),
      facts('gisteren', { noContactDays: 1 }),
    ];
    expect(sortByUrgency(list).map((f) => f.label)).toEqual(['crisis', 'achterstallig', 'melding', 'nooit contact', 'contact lang geleden', 'gisteren']);
  });

  it('a crisis that is also overdue goes before a crisis alone; ties by label', () => {
    const list = [facts('b', { crisis: true }), facts('a', { crisis: true }), facts('c', { crisis: true, overdue: true })];
    expect(sortByUrgency(list).map((f) => f.label)).toEqual(['c', 'a', 'b']);
  });

  it('is a consistent order (antisymmetric) for any households', () => {
    const arb = fc.record({
      label: fc.string({ maxLength: 3 }),
      regisseur: fc.constant(null),
      crisis: fc.boolean(),
      overdue: fc.boolean(),
      newReport: fc.boolean(),
      dueThisWeek: fc.nat(3),
      conflictCount: fc.nat(2),
      noContactDays: fc.option(fc.nat(60)),
    });
    fc.assert(fc.property(arb, arb, (a, b) => Math.sign(compareUrgency(a, b)) === -Math.sign(compareUrgency(b, a))));
  });
});

describe('urgency order after a change (resortByUrgency)', () => {
  const arbFacts = (label: string) =>
    fc.record({
      crisis: fc.boolean(),
      overdue: fc.boolean(),
      newReport: fc.boolean(),
      noContactDays: fc.option(fc.nat(60)),
    }).map((over) => facts(label, over));
  // Unique labels: households equal in every fact may come in either order.
  const arbList = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 120 }).chain((labels) => fc.tuple(...labels.map(arbFacts)));

  it('gives the order of a fresh sort when households changed, came or went', () => {
    fc.assert(
      fc.property(arbList, fc.array(fc.nat({ max: 130 }), { maxLength: 12 }), fc.array(arbFacts('nieuw'), { maxLength: 5 }), (list, touched, added) => {
        const before = sortByUrgency(list);
        const now: ReviewFacts[] = list.map((h, i) => (touched.includes(i) ? { ...h, crisis: !h.crisis, noContactDays: i % 7 } : h));
        const gone = new Set(touched.slice(0, 2).map((i) => i + 1));
        const next = [...now.filter((_, i) => !gone.has(i)), ...added.map((h, i) => ({ ...h, label: `nieuw ${i}` }))];
        expect(resortByUrgency(before, next)).toEqual(sortByUrgency(next));
      }),
    );
  });

  it('keeps the same objects, and gives the fresh order when everything is new', () => {
    const list = [facts('b', { noContactDays: 1 }), facts('a', { crisis: true }), facts('c', { noContactDays: 9 })];
    const sorted = resortByUrgency([], list);
    expect(sorted.map((f) => f.label)).toEqual(['a', 'c', 'b']);
    const changed = { ...list[0]!, overdue: true };
    const again = resortByUrgency(sorted, [changed, list[1]!, list[2]!]);
    expect(again.map((f) => f.label)).toEqual(['a', 'b', 'c']);
    expect(again[1]).toBe(changed);
    expect(again[0]).toBe(list[1]);
  });
});

describe('overdue and due this week', () => {
  const actions = [
    { status: 'open' as const, dueDate: '2026-12-01' },
    { status: 'open' as const, dueDate: '2026-12-02' },
    { status: 'open' as const, dueDate: '2026-12-08' },
    { status: 'open' as const, dueDate: '2026-12-09' },
    { status: 'gedaan' as const, dueDate: '2026-11-01' },
    { status: 'open' as const, dueDate: null },
  ];
  it('overdue: open and past its day (the day itself is still in time)', () => {
    expect(overdueActions(actions, today)).toEqual([actions[0]]);
  });
  it('due this week: today up to six days later, open only', () => {
    expect(actionsDueThisWeek(actions, today)).toEqual([actions[1], actions[2]]);
  });
});

describe('days without contact', () => {
  it('counts from the newest recorded contact; a wrong tap is no contact', () => {
    const contacts = [
      { startedAt: '2026-11-20T10:00:00+01:00' },
      { startedAt: '2026-11-30T09:00:00+01:00' },
      { startedAt: '2026-12-02T08:00:00+01:00', untouched: true },
    ];
    expect(daysWithoutContact(contacts, today)).toBe(2);
  });
  it('is null when there was never a contact', () => {
    expect(daysWithoutContact([{ startedAt: '2026-12-01T10:00:00+01:00', untouched: true }], today)).toBeNull();
  });
  it('a crisis counts for two weeks', () => {
    expect(hasRecentCrisis([{ startedAt: '2026-11-18T10:00:00+01:00', crisis: true }], today)).toBe(true);
    expect(hasRecentCrisis([{ startedAt: '2026-11-17T10:00:00+01:00', crisis: true }], today)).toBe(false);
  });
});

describe('new reports not yet visited', () => {
  it('a report without any visit is new', () => {
    expect(isNewReportUnvisited(true, [])).toBe(true);
    expect(isNewReportUnvisited(true, [{ startedAt: '2026-12-01', channel: 'telefoon', outcome: 'gesproken' }])).toBe(true);
  });
  it('"niet thuis" is only a try; meeting someone at the door is a visit', () => {
    expect(isNewReportUnvisited(true, [{ startedAt: '2026-12-01', channel: 'eropaf', outcome: 'niet-thuis' }])).toBe(true);
    expect(isNewReportUnvisited(true, [{ startedAt: '2026-12-01', channel: 'eropaf', outcome: 'gesproken-aan-de-deur' }])).toBe(false);
  });
  it('without a report there is nothing new', () => {
    expect(isNewReportUnvisited(false, [])).toBe(false);
  });
});

describe('filters', () => {
  const list = [
    facts('jan', { regisseur: 'Jan', crisis: true, noContactDays: 2 }),
    facts('esme', { regisseur: 'Esmé', dueThisWeek: 1, noContactDays: 20 }),
    facts('geen', { conflictCount: 1, noContactDays: null }),
  ];
  const labels = (l: ReviewFacts[]) => l.map((f) => f.label);
  it('by regisseur, and households without one', () => {
    expect(labels(filterReview(list, { regisseur: 'Esmé' }))).toEqual(['esme']);
    expect(labels(filterReview(list, { regisseur: '' }))).toEqual(['geen']);
  });
  it('by flag', () => {
    expect(labels(filterReview(list, { flag: 'crisis' }))).toEqual(['jan']);
    expect(labels(filterReview(list, { flag: 'deze-week' }))).toEqual(['esme']);
    expect(labels(filterReview(list, { flag: 'twee-versies' }))).toEqual(['geen']);
  });
  it('by period of the last contact, combined with the others', () => {
    expect(labels(filterReview(list, { period: 'week' }))).toEqual(['jan']);
    expect(labels(filterReview(list, { period: 'maand' }))).toEqual(['jan', 'esme']);
    expect(labels(filterReview(list, { period: 'langer' }))).toEqual(['geen']);
    expect(labels(filterReview(list, { period: 'maand', regisseur: 'Jan' }))).toEqual(['jan']);
  });
});

describe('conflicting decisions', () => {
  it('two decisions in one meeting are both kept, grouped; one per meeting is no conflict', () => {
    const d = [
      { id: 'b', meetingOn: today },
      { id: 'a', meetingOn: today },
      { id: 'c', meetingOn: '2026-11-25' },
    ];
    expect(conflictingDecisions(d)).toEqual([[d[1], d[0]]]);
  });
});
