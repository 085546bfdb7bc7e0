import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The seed lives in shared/ beside the repository (CI: <clone>/../shared). A copy is kept in
// tests/fixtures so that `npm test` also passes in a clone without shared/ beside it.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seedFile = '000_1105cad7eec9855b.txt';
const sharedSeed = path.resolve(repoRoot, '..', 'shared', 'seeds', seedFile);
const vendoredSeed = path.resolve(repoRoot, 'tests', 'fixtures', 'seed', seedFile);
export const seedPath = existsSync(sharedSeed) ? sharedSeed : vendoredSeed;

export function loadSeed(): string {
  if (!existsSync(seedPath)) {
    throw new Error(`Seed text not found at ${sharedSeed} nor at ${vendoredSeed}.`);
  }
  return readFileSync(seedPath, 'utf8');
}

/** Collapses every run of whitespace (line breaks of the PDF table included) to one space. */
export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The normalised text between two headings of the seed. */
export function seedSection(seed: string, startHeading: string, endHeading: string): string {
  const start = seed.indexOf(startHeading);
  const end = seed.indexOf(endHeading, start);
  if (start < 0 || end < 0) throw new Error(`Seed section "${startHeading}" not found in ${seedPath}`);
  return normalise(seed.slice(start + startHeading.length, end));
}

/**
 * Every place where src/content deliberately differs from the seed, with the seed's text.
 * Dropping a trailing comma or the list numbers of the PDF needs no entry: the content text is
 * then still a literal part of the seed.
 */
export const repairs: readonly { content: string; seed: string; why: string }[] = [
  { content: 'Goed dat u bent gekomen?', seed: 'Goed t u bent gekomen?', why: 'word lost in the PDF' },
  {
    content: 'Wat maakt dat de situatie zo is?',
    seed: 'Wat maakt dat de situatie is zo is?',
    why: 'doubled word makes the question unreadable',
  },
  {
    content: 'aantal contacten, contact met buren, familie, kennissen, vrienden',
    seed: 'aantal contacten,contact met buren, familie, kennissen, vrienden',
    why: 'space lost after a comma',
  },
  {
    content:
      'inkomen: zwart/wit, hoeveel uit loon, handel, uitkering, pensioen, AOW, studiefinanciering, toeslagen, kinderbijslag, e.d.',
    seed: 'inkomen: zwart/wit, hoeveel uit loon, handel, uitkering, pensioen, AOW, studiefinanciering, toeslagen, kinderbijslag, ed .',
    why: 'stray space before a full stop; "ed" written as a reader expects it ("e.d.")',
  },
  {
    content: 'achterstallige betalingen, huur nuts, e.d.',
    seed: 'achterstallige betalingen, huur nuts, ed',
    why: 'abbreviation written as a reader expects it',
  },
  {
    content: 'aflossing, wsnp, minnelijke regeling, bewindvoering, e.d.',
    seed: 'aflossing, wsnp, minnelijke regeling, bewindvoering, ed.',
    why: 'abbreviation written as a reader expects it',
  },
  { content: 'Dak- en thuisloos', seed: 'DAK EN THUISLOOS', why: 'heading in capitals; Dutch spelling needs the hyphen' },
];

/** The seed's form of a content text: repairs undone, paragraph breaks as spaces. */
export function asInSeed(contentText: string): string {
  const text = normalise(contentText);
  return repairs.find((repair) => repair.content === text)?.seed ?? text;
}

/** Case-insensitive, for headings that the seed writes in capitals. */
export const containsIgnoringCase = (haystack: string, needle: string) =>
  haystack.toLocaleLowerCase('nl').includes(needle.toLocaleLowerCase('nl'));

/**
 * What is left of a seed section after removing the given texts (longest first, so a text
 * that contains another is removed whole) and then the given headings, ignoring case.
 * Used to prove that the content leaves nothing of the seed out.
 */
export function leftOver(section: string, texts: readonly string[], headings: readonly string[]): string {
  let rest = section;
  for (const text of [...new Set(texts)].sort((a, b) => b.length - a.length)) rest = rest.split(text).join(' ');
  for (const heading of [...headings].sort((a, b) => b.length - a.length)) {
    rest = rest.replace(new RegExp(heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), ' ');
  }
  return normalise(rest);
}
