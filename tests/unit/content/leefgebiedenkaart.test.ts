import { describe, expect, it } from 'vitest';
import { mapTextFields } from '../../../src/domain';
import {
  allSubdomains,
  domainOfSubdomain,
  findSubdomain,
  findTopic,
  fullMapOnlySubdomains,
  lifeDomains,
  mapQuestions,
  scaleQuestions,
  simpleAreas,
} from '../../../src/content/leefgebiedenkaart';
import { asInSeed, containsIgnoringCase, leftOver, loadSeed, seedSection } from './seed-text';

const section = seedSection(
  loadSeed(),
  'BIJLAGE BIJ DAG 3: LEEFGEBIEDENKAART',
  'BIJLAGE BIJ DAG 3: INTEGRALE VRAGENLIJST',
);

const topicCounts: Record<string, number> = {
  dagbesteding: 4,
  'sociaal-functioneren': 6,
  netwerk: 5,
  vrijetijdsbesteding: 3,
  huisvesting: 4,
  'dak-en-thuisloos': 1,
  veiligheid: 4,
  inkomen: 1,
  uitgaven: 3,
  schulden: 4,
  'praktisch-functioneren': 6,
  'lichamelijk-functioneren': 4,
  'psychisch-functioneren': 4,
  zingeving: 3,
};

const topicTexts = allSubdomains.flatMap((subdomain) => subdomain.topics.map((topic) => topic.text));

describe('leefgebiedenkaart', () => {
  it('has the four domains with their subdomains in the seed order', () => {
    expect(lifeDomains.map((domain) => [domain.number, domain.id, domain.title])).toEqual([
      [1, 'dag', 'Dag'],
      [2, 'nacht', 'Nacht'],
      [3, 'financien', 'Financiën'],
      [4, 'functioneren', 'Functioneren'],
    ]);
    expect(lifeDomains.map((domain) => domain.subdomains.map((subdomain) => subdomain.title))).toEqual([
      ['Dagbesteding', 'Sociaal functioneren', 'Netwerk', 'Vrijetijdsbesteding'],
      ['Huisvesting', 'Dak- en thuisloos', 'Veiligheid'],
      ['Inkomen', 'Uitgaven', 'Schulden'],
      ['Praktisch functioneren', 'Lichamelijk functioneren', 'Psychisch functioneren', 'Zingeving'],
    ]);
  });

  it('has every topic of every subdomain', () => {
    expect(Object.fromEntries(allSubdomains.map((subdomain) => [subdomain.id, subdomain.topics.length]))).toEqual(
      topicCounts,
    );
  });

  it('takes every title, description and topic from the seed', () => {
    for (const domain of lifeDomains) expect(containsIgnoringCase(section, `${domain.number}. ${domain.title}`)).toBe(true);
    for (const subdomain of allSubdomains) {
      expect(containsIgnoringCase(section, asInSeed(subdomain.title)), subdomain.title).toBe(true);
      if (subdomain.description) expect(section).toContain(`(${subdomain.description})`);
      for (const topic of subdomain.topics) expect(section, topic.id).toContain(asInSeed(topic.text));
    }
    expect(findSubdomain('sociaal-functioneren')?.description).toMatch(/^gezinsrelaties, regie/);
  });

  it('asks the four questions of "bij alle vragen", one per text field of a map entry', () => {
    expect(mapQuestions.map((question) => question.field)).toEqual([...mapTextFields]);
    for (const question of mapQuestions) expect(section).toContain(asInSeed(question.text));
  });

  it('leaves nothing of the seed section out', () => {
    const texts = [
      ...topicTexts,
      ...mapQuestions.map((question) => question.text),
      ...allSubdomains.flatMap((subdomain) => (subdomain.description ? [`(${subdomain.description})`] : [])),
    ].map(asInSeed);
    const headings = [
      'BIJ ALLE VRAGEN:',
      ...lifeDomains.map((domain) => `${domain.number}. ${domain.title}`),
      ...allSubdomains.map((subdomain) => asInSeed(subdomain.title)),
      'MODULE II GEBIEDSGERICHT OUTREACHEND WERKEN',
    ];
    // What may remain: bullets, page numbers, the PDF's list numbers and trailing commas.
    expect(leftOver(section, texts, headings)).toMatch(/^[\s•\uf0b7\d.,]*$/u);
  });

  it('asks a 1–10 scaling question of the resident and of the worker', () => {
    expect(scaleQuestions.map((question) => question.field)).toEqual(['scoreResident', 'scoreWorker']);
    for (const question of scaleQuestions) expect(question.text).toMatch(/1 tot en met 10/);
  });

  it('finds subdomains, topics and their domain by id', () => {
    expect(findSubdomain('schulden')?.title).toBe('Schulden');
    expect(findSubdomain('bestaat-niet')).toBeUndefined();
    expect(findTopic('dreigende-huisuitzetting')?.text).toBe('dreigende huisuitzetting');
    expect(findTopic('bestaat-niet')).toBeUndefined();
    expect(domainOfSubdomain('zingeving')?.id).toBe('functioneren');
    expect(allSubdomains).toHaveLength(14);
  });
});

describe('simple model (dag / nacht / geld / vrije tijd)', () => {
  it('is a view over the full map: every subdomain in it exists, none twice', () => {
    const ids = simpleAreas.flatMap((area) => area.subdomainIds);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(findSubdomain(id), id).toBeDefined();
    expect(simpleAreas.map((area) => area.title)).toEqual(['Dag', 'Nacht', 'Geld', 'Vrije tijd']);
  });

  it('maps dag, nacht, geld and vrije tijd onto the seed subdomains', () => {
    const subdomainIdsOf = (domainId: string) =>
      lifeDomains.find((domain) => domain.id === domainId)?.subdomains.map((subdomain) => subdomain.id);
    const area = (id: string) => simpleAreas.find((candidate) => candidate.id === id)?.subdomainIds;
    expect(area('dag')).toEqual(['dagbesteding', 'sociaal-functioneren', 'netwerk']);
    expect(area('nacht')).toEqual(subdomainIdsOf('nacht'));
    expect(area('geld')).toEqual(subdomainIdsOf('financien'));
    expect(area('vrije-tijd')).toEqual(['vrijetijdsbesteding']);
  });

  it('leaves exactly the Functioneren subdomains to the full map', () => {
    expect(fullMapOnlySubdomains.map((subdomain) => subdomain.id)).toEqual(
      lifeDomains.find((domain) => domain.id === 'functioneren')?.subdomains.map((subdomain) => subdomain.id),
    );
  });
});
