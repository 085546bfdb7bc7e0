import { own, type RelationshipAid } from './types';

// "BIJLAGE BIJ DAG 2", slide 10: the decision diagram of the relationship type. The questions,
// the two answers to the first and the four types with their relationship are the seed's; the
// slide has no title or explanation, so those and "what it means for the next step" are the app's.
export const relatietype: RelationshipAid = {
  kind: 'decision',
  id: 'relatietype',
  title: own('Relatietype'),
  intro: own('Beantwoord een paar vragen met ja of nee. Dan zie je wat voor relatie je nu met de bewoner hebt, en wat dat betekent voor de volgende stap.'),
  concernQuestion: 'Probleem of beperking?',
  concerns: {
    probleem: { label: 'Probleem', explanation: own('Iets wat anders kan worden.') },
    beperking: { label: 'Beperking', explanation: own('Iets wat niet weggaat, zoals een ziekte of een verlies.') },
  },
  questions: {
    'vraag-voor-hulp': { text: 'Vraag voor hulp?', explanation: own('Vraagt de bewoner zelf om hulp?') },
    'werkbare-vraag': { text: 'Werkbare vraag?', explanation: own('Is de vraag zo helder dat je er samen aan kunt werken?') },
    'gebruik-van-resources': {
      text: 'Gebruik van resources?',
      explanation: own('Zet de bewoner eigen kracht en mensen om zich heen in?'),
    },
  },
  outcomes: [
    {
      id: 'voorbijganger',
      title: 'Voorbijganger',
      relation: 'vrijblijvende relatie',
      meaning: own('Er is (nog) geen vraag voor hulp.'),
      nextStep: own('Dring niets op. Maak contact, geef een compliment, laat weten waar je te vinden bent en kom terug.'),
    },
    {
      id: 'zoeker',
      title: 'Zoeker',
      relation: 'zoekende relatie',
      meaning: own('Er is een vraag, maar nog geen vraag waar je samen aan kunt werken.'),
      nextStep: own('Zoek samen wat de bewoner wil: de wondervraag, scoringsvragen, vragen naar uitzonderingen. Geef nog geen taken.'),
    },
    {
      id: 'koper',
      title: 'Koper',
      relation: 'consulterende relatie',
      meaning: own('Er is een werkbare vraag. De bewoner zet eigen kracht en netwerk nog niet in.'),
      nextStep: own('Maak samen kleine afspraken die lukken. Vraag wat de bewoner zelf al deed en wie kan helpen.'),
    },
    {
      id: 'co-expert',
      title: 'Co-expert',
      relation: 'co-expertrelatie',
      meaning: own('De bewoner werkt aan de vraag en zet eigen kracht en netwerk in.'),
      nextStep: own('Werk samen als gelijken. De bewoner houdt de regie; jij sluit aan en complimenteert.'),
    },
  ],
  limitationNote: own('Bij een beperking gaat het erom ermee te leren leven. Copingvragen helpen daarbij.'),
};

/** The seed's name of a relationship type, for the household's contact list. */
export const relationshipLabel = (type: string): string => relatietype.outcomes.find((o) => o.id === type)?.title ?? type;
