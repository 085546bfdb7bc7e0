import { describe, expect, it } from 'vitest';
import {
  activatingQuestionKinds,
  decideRelationship,
  relationshipConcerns,
  relationshipQuestions,
  relationshipTypes,
} from '../../../src/domain';
import {
  activerendeVragen,
  aids,
  bakens,
  geweldlozeCommunicatie,
  relatietype,
  voorVertrek,
  type Aid,
  type OwnText,
} from '../../../src/content/gesprekshulp';
import { nudgeBakenIds } from '../../../src/content/plan';
import { containsIgnoringCase, loadSeed, normalise, seedSection } from './seed-text';

const seed = loadSeed();
// Days 2 and 3: their programme ("DAGDEEL 2", "DAGDEEL 3": activerende vragen are practised on
// day 3) and the appendix of day 2 with the slides.
const day2 =
  seedSection(seed, 'DAGDEEL 2 DE KRACHT VAN OPLOSSINGSGERICHT', 'DAGDEEL 4 DE KRACHT VAN TRANSCULTUREEL') +
  ' | ' +
  seedSection(seed, 'BIJLAGE BIJ DAG 2:', 'BIJLAGE BIJ DAG 3: LEEFGEBIEDENKAART');
const gwc = seedSection(seed, 'BIJLAGE BIJ DAG 3: GEWELDLOZE COMMUNICATIE', 'BIJLAGE BIJ DAG 5');

/** Where the aids deliberately differ from the seed, with the seed's text. */
const aidRepairs: Record<string, string> = {
  'Vragen naar keuzemogelijkheden': 'Vragen naar keuze mogelijkheden',
  '‘Wat ging er vroeger beter’-vragen': '„Wat ging er vroeger beter‟ vragen',
  'Praktische tips': 'PRACTISCHE TIPS',
};
const asInSeed = (text: string) => aidRepairs[text] ?? normalise(text);

/** Every text of an aid that claims to be the seed's: all strings that are not inside an `own`. */
function seedTexts(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'id' || key === 'kind' ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => seedTexts(item));
  if (value && typeof value === 'object') {
    if ('own' in value) return [];
    return Object.entries(value).flatMap(([k, v]) => seedTexts(v, k));
  }
  return [];
}

function ownTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(ownTexts);
  if (value && typeof value === 'object') {
    if ('own' in value) return [(value as OwnText).own];
    return Object.values(value).flatMap(ownTexts);
  }
  return [];
}

const sectionOf = (aid: Aid) => (aid.id === 'geweldloze-communicatie' ? gwc : day2);

describe('conversation aids against the seed', () => {
  it.each(aids.map((aid) => [aid.id, aid] as const))('%s: every text not marked as the app’s own is the seed’s', (_, aid) => {
    const section = sectionOf(aid);
    const texts = seedTexts(aid).filter((text) => !(aid.kind === 'communication' && isContrastWord(text)));
    expect(texts.length).toBeGreaterThan(0);
    const missing = texts.filter((text) => !containsIgnoringCase(section, asInSeed(text)) || !section.includes(caseOf(text)));
    expect(missing).toEqual([]);
  });

  it('marks every added explanation as the app’s own, in short plain sentences', () => {
    const added = aids.flatMap(ownTexts);
    expect(added.length).toBeGreaterThan(30);
    for (const text of added) {
      expect(text.trim()).not.toBe('');
      // B1: no sentence of the app's own longer than 25 words.
      for (const sentence of text.split(/(?<=[.?!])\s+/)) expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(25);
    }
  });

  it('activerende vragen: the eight kinds in the seed’s order, each with an explanation and examples', () => {
    expect(activerendeVragen.items.map((item) => item.id)).toEqual([...activatingQuestionKinds]);
    expect(activerendeVragen.items.map((item) => item.title)).toEqual([
      'Open vragen',
      'De wondervraag',
      'Vragen naar keuzemogelijkheden',
      '‘Wat ging er vroeger beter’-vragen',
      'Copingvragen',
      'Contextuele vragen',
      'Scoringsvragen',
      'Vragen naar uitzonderingen',
    ]);
    for (const item of activerendeVragen.items) {
      expect(item.explanation.own).not.toBe('');
      expect(item.examples.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('geweldloze communicatie: the four elements with both sides, and the seed’s contrasts', () => {
    expect(geweldlozeCommunicatie.elements.map((e) => e.title)).toEqual(['Waarneming', 'Gevoel', 'Behoefte', 'Verzoek']);
    for (const element of geweldlozeCommunicatie.elements) expect(element.lines).toHaveLength(2);
    const contrasts = geweldlozeCommunicatie.contrasts.map((c) => `${c.left} versus ${c.right}`);
    expect(contrasts).toEqual(['Waarneming versus oordeel', 'Gevoelens versus quasi gevoel', 'Behoeften versus strategie', 'Verzoeken versus eis']);
    // The seed writes the contrasts in capitals, with two spaces around VERSUS.
    for (const contrast of contrasts) expect(containsIgnoringCase(gwc, contrast)).toBe(true);
  });

  it('relationship type: the seed’s questions and the four types with their relationship', () => {
    expect(Object.keys(relatietype.concerns)).toEqual([...relationshipConcerns]);
    expect(Object.keys(relatietype.questions)).toEqual([...relationshipQuestions]);
    expect(relationshipQuestions.map((q) => relatietype.questions[q]!.text)).toEqual([
      'Vraag voor hulp?',
      'Werkbare vraag?',
      'Gebruik van resources?',
    ]);
    expect(relatietype.outcomes.map((o) => [o.id, o.title, o.relation])).toEqual([
      ['voorbijganger', 'Voorbijganger', 'vrijblijvende relatie'],
      ['zoeker', 'Zoeker', 'zoekende relatie'],
      ['koper', 'Koper', 'consulterende relatie'],
      ['co-expert', 'Co-expert', 'co-expertrelatie'],
    ]);
    // Every path of the decision ends in a type the content explains, with a next step.
    for (const concern of relationshipConcerns) {
      for (const yesNo of [[false], [true, false], [true, true, false], [true, true, true]]) {
        const step = decideRelationship({ concern, yesNo });
        if (!step.done) throw new Error('path did not end');
        const outcome = relatietype.outcomes.find((o) => o.id === step.type);
        expect(outcome?.nextStep.own).toBeTruthy();
      }
    }
    expect(relatietype.outcomes.map((o) => o.id)).toEqual([...relationshipTypes]);
  });

  it('before going out: the seed’s practical checklist, things to take and the rest', () => {
    expect(voorVertrek.groups.map((g) => g.items.map((i) => i.text))).toEqual([
      ['Mobiele telefoon', '(Dienst)fiets', 'Neem folders/telefoonnummers mee', 'Identiteitsbewijs'],
      [
        'Luister naar je gevoel.',
        'Gebruik je discretionaire ruimte.',
        'Benoem je gevoel. Ik boodschappen.',
        'Stel grenzen.',
        'Communiceer naar je organisatie.',
      ],
    ]);
  });

  it('the eight bakens of Welzijn Nieuwe Stijl in the seed’s order, with their points', () => {
    expect(bakens.bakens.map((b) => b.title)).toEqual([
      'Vraaggericht werken',
      'Direct er op af',
      'Resultaatgericht',
      'Ruimte professional',
      'Informele zorg vs formele zorg',
      'Integraal werken',
      'Eigen kracht burger',
      'Collectief vs individueel',
    ]);
    for (const baken of bakens.bakens) expect(baken.points.length).toBeGreaterThan(0);
    expect(containsIgnoringCase(day2, bakens.title)).toBe(true);
  });

  it('ids are unique within each aid', () => {
    for (const aid of aids) {
      const ids = JSON.stringify(aid).match(/"id":"[^"]+"/g) ?? [];
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

const contrastWords = new Set(geweldlozeCommunicatie.contrasts.flatMap((c) => [c.left, c.right]));
function isContrastWord(text: string): boolean {
  return contrastWords.has(text);
}

/** Texts the seed writes in capitals (headings) are compared ignoring case; all others exactly. */
function caseOf(text: string): string {
  const seedForm = asInSeed(text);
  const headings = [activerendeVragen.title, geweldlozeCommunicatie.title, bakens.title, voorVertrek.title];
  return headings.includes(text) ? seedForm.toUpperCase() : seedForm;
}

describe("the plan's nudge", () => {
  it('gives its reasons in the words of the bakens it names (eigen kracht first, collective first)', () => {
    const named = bakens.bakens.filter((baken) => (nudgeBakenIds as readonly string[]).includes(baken.id));
    expect(named.map((baken) => baken.id)).toEqual([...nudgeBakenIds]);
    expect(named.flatMap((baken) => baken.points).join(' ')).toContain('Eerst mogelijkheden van informele zorg gebruiken');
  });
});
