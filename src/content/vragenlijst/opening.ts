import type { Step } from './types';

// "BIJLAGE BIJ DAG 3: INTEGRALE VRAGENLIJST", columns TELEFOON, LOKET, OUTREACHEND WERK
// (huisbezoek), EROP AF (eropaf). Repairs of the seed are listed in tests/unit/content/seed-text.ts.

export const compliment: Step = {
  id: 'compliment',
  title: 'Compliment bij ontvangst',
  questions: [
    {
      id: 'compliment',
      kind: 'say',
      text: {
        telefoon: 'Fijn dat u belt.',
        // The seed reads "Goed t u bent gekomen?" (a word lost in the PDF).
        loket: 'Goed dat u bent gekomen?',
        huisbezoek: 'Fijn dat ik bij u binnen mag komen',
        eropaf: 'Fijn dat u even tijd voor me maakt',
      },
    },
  ],
};

/*
 * The LOKET cell of this row is empty. In the extracted table, the telefoon text is followed by
 * a line that starts with one blank cell (" Mijn naam is X. Ik kom vanuit het stadsdeel"), the
 * same way an empty first column shows elsewhere in the table; so that text is OUTREACHEND WERK,
 * and "Melding door..." with "Mijn naam is X. Ik kom vanuit het Y" is EROP AF (na een melding),
 * two paragraphs in one cell like that column's first question. At the loket the resident
 * came in and already sees who they talk to, so there is nothing to introduce.
 */
export const introductie: Step = {
  id: 'introductie',
  title: 'Introductie van jezelf',
  questions: [
    {
      id: 'introductie',
      kind: 'say',
      text: {
        telefoon: 'U belt naar het loket X hoe komt dat zo? of waarom belt u?',
        huisbezoek: 'Mijn naam is X. Ik kom vanuit het stadsdeel. Wij ...',
        eropaf: 'Melding door...\nMijn naam is X. Ik kom vanuit het Y. Wij ...',
      },
    },
  ],
};

export const eersteVraag: Step = {
  id: 'eerste-vraag',
  title: 'De eerste vraag',
  questions: [
    {
      id: 'eerste-vraag',
      kind: 'open',
      text: {
        telefoon: 'Wat kan ik voor u doen?',
        loket: 'Wat kan ik voor u doen? of wat is er aan de hand? Wat wilt u?',
        huisbezoek: 'Hoe gaat het met u?',
        eropaf: 'Er zijn zorgen over u /er is gebeld/\nIk wil graag even met u spreken over hoe het met u gaat?',
      },
    },
  ],
};
