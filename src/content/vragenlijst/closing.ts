import { inAllChannels, type Step } from './types';

// "BIJLAGE BIJ DAG 3: INTEGRALE VRAGENLIJST": the rows PLANNING, HULP and ORGANISEREN.

const lateText = (when: 'binnen' | 'na') =>
  `Lukt dit niet ${when} twee weken (inschatting maken, terugkoppeling vragen van de acties)`;

export const planning: Step = {
  id: 'planning',
  title: 'Planning',
  questions: [
    {
      id: 'termijn',
      kind: 'term',
      text: {
        telefoon: 'Op welke termijn (Niet meer dan 2 weken)?',
        loket: 'Op welke termijn (Niet meer dan 2 weken)?',
        huisbezoek: 'Op welke termijn?',
        eropaf: 'Op welke termijn?',
      },
    },
    {
      // The seed says "binnen" for telefoon and "na" for the other channels; same meaning.
      id: 'lukt-niet',
      kind: 'open',
      text: { telefoon: lateText('binnen'), loket: lateText('na'), huisbezoek: lateText('na'), eropaf: lateText('na') },
    },
    { id: 'bewaken', kind: 'open', text: inAllChannels('Wie gaat dat bewaken?') },
  ],
};

export const hulp: Step = {
  id: 'hulp',
  title: 'Hulp',
  questions: [
    {
      id: 'andere-hulpverleners',
      kind: 'open',
      text: inAllChannels('Kent u andere mensen (hulpverleners) die u daarvoor zou willen vragen?'),
    },
  ],
};

export const organiseren: Step = {
  id: 'organiseren',
  title: 'Organiseren',
  questions: [
    {
      id: 'bijeenkomst',
      kind: 'open',
      text: inAllChannels(
        'Zo, niet. Hoe vindt u het als we samen met U een bijeenkomst organiseren om de juiste persoon te zoeken die u kan helpen?',
      ),
    },
  ],
};
