import { describe, expect, it } from 'vitest';
import { channels, outcomes, type Channel } from '../../../src/domain';
import {
  allQuestions,
  channelLabels,
  findQuestion,
  outcomeLabels,
  outcomesFor,
  questionText,
  stepsFor,
  vragenlijst,
} from '../../../src/content/vragenlijst';
import { asInSeed, containsIgnoringCase, leftOver, loadSeed, seedSection } from './seed-text';

const section = seedSection(
  loadSeed(),
  'BIJLAGE BIJ DAG 3: INTEGRALE VRAGENLIJST',
  'BIJLAGE BIJ DAG 3: GEWELDLOZE COMMUNICATIE',
);

// Our reading of the table, per channel: steps in order, with the questions each asks.
const shared: Record<string, string[]> = {
  compliment: ['compliment'],
  introductie: ['introductie'],
  'eerste-vraag': ['eerste-vraag'],
  'burger-zelf': ['anders-willen', 'zelf-gedaan'],
  netwerk: ['hulp-gevraagd', 'ging-goed', 'ging-niet-goed', 'ging-eerder', 'anders-doen', 'wie-vragen'],
  planning: ['termijn', 'lukt-niet', 'bewaken'],
  hulp: ['andere-hulpverleners'],
  organiseren: ['bijeenkomst'],
  crisis: ['crisis-ggd-politie', 'crisiskaart'],
};
const { introductie: _notAtTheDesk, ...sharedWithoutIntroduction } = shared;
const expectedPerChannel: Record<Channel, Record<string, string[]>> = {
  telefoon: shared,
  loket: sharedWithoutIntroduction,
  huisbezoek: shared,
  eropaf: {
    ...shared,
    'burger-zelf': ['anders-willen', 'zelf-nu', 'zelf-gedaan'],
    netwerk: ['hulp-gevraagd', 'wie-nu-helpen', ...shared.netwerk!.slice(1)],
  },
};

describe('integrale vragenlijst', () => {
  it.each(channels)('has every step and question of the seed for %s', (channel) => {
    const steps = stepsFor(channel);
    expect(Object.fromEntries(steps.map((step) => [step.id, step.questions.map((question) => question.id)]))).toEqual(
      expectedPerChannel[channel],
    );
    expect(steps.map((step) => step.id)).toEqual(Object.keys(expectedPerChannel[channel]));
  });

  it.each(channels)("uses the seed's wording for %s", (channel) => {
    for (const step of stepsFor(channel)) {
      for (const question of step.questions) {
        const text = questionText(question, channel);
        expect(text, question.id).toBeDefined();
        expect(section, `${question.id} (${channel})`).toContain(asInSeed(text!));
      }
    }
  });

  it('leaves nothing of the seed table out', () => {
    const texts = allQuestions.flatMap((question) => Object.values(question.text)).map(asInSeed);
    const headings = [
      'SAMENWERKEN IN DE WIJK',
      'OPEN VRAGENLIJST',
      'FASE',
      'TELEFOON',
      'LOKET',
      'OUTREACHEND WERK/',
      'EROP AF',
      ...vragenlijst.map((step) => step.title),
    ];
    expect(leftOver(section, texts, headings)).toMatch(/^[\s.]*$/);
  });

  it('titles the steps as the seed does, in its order', () => {
    for (const step of vragenlijst) expect(containsIgnoringCase(section, step.title), step.title).toBe(true);
    const rowOrder = vragenlijst
      .filter((step) => step.id !== 'crisis')
      // The row headings are in capitals, which keeps e.g. "hulp" in a question from matching.
      .map((step) => section.indexOf(step.title.toLocaleUpperCase('nl')));
    expect(rowOrder).not.toContain(-1);
    expect(rowOrder).toEqual([...rowOrder].sort((a, b) => a - b));
  });

  it('gives each question the kind its renderer needs', () => {
    const idsOfKind = (kind: string) => allQuestions.filter((question) => question.kind === kind).map((q) => q.id);
    expect(idsOfKind('say')).toEqual(['compliment', 'introductie']);
    expect(idsOfKind('term')).toEqual(['termijn']);
    expect(idsOfKind('notice')).toEqual(['crisis-ggd-politie']);
  });

  it('says "not more than two weeks" where the seed says it', () => {
    const term = findQuestion('termijn')!;
    expect(questionText(term, 'telefoon')).toBe('Op welke termijn (Niet meer dan 2 weken)?');
    expect(questionText(term, 'eropaf')).toBe('Op welke termijn?');
  });

  it('asks a channel only the questions it has text for', () => {
    expect(questionText(findQuestion('zelf-nu')!, 'telefoon')).toBeUndefined();
    expect(questionText(findQuestion('introductie')!, 'loket')).toBeUndefined();
    expect(findQuestion('bestaat-niet')).toBeUndefined();
    expect(stepsFor('eropaf')).toBe(stepsFor('eropaf'));
  });
});

describe('channel and outcome labels', () => {
  it('labels every channel and outcome in Dutch', () => {
    expect(Object.keys(channelLabels).sort()).toEqual([...channels].sort());
    expect(Object.keys(outcomeLabels).sort()).toEqual([...outcomes].sort());
    expect(channelLabels.eropaf).toBe('Erop af na een melding');
    expect(outcomeLabels['niet-thuis']).toBe('Niet thuis');
  });

  it('offers doorstep outcomes at the door and conversation outcomes by phone and at the desk', () => {
    expect(outcomesFor('huisbezoek')).toContain('niet-thuis');
    expect(outcomesFor('eropaf')).toContain('gesproken-aan-de-deur');
    expect(outcomesFor('telefoon')).toEqual(['gesproken', 'afspraak-gemaakt', 'wil-geen-contact']);
    expect(outcomesFor('loket')).not.toContain('niet-thuis');
    const used = new Set(channels.flatMap((channel) => outcomesFor(channel)));
    expect([...used].sort()).toEqual([...outcomes].sort());
  });
});
