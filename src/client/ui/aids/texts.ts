// What the aids screens say around the method's texts (plain Dutch, B1).
import { aidEntryTexts } from './entry-texts';

export const aidsTexts = {
  ...aidEntryTexts,
  openHint: 'Vragen, tips en het relatietype. Wat je hebt ingevuld blijft staan.',
  close: 'Sluiten',
  menuTitle: 'Gesprekshulp',
  allAids: 'Alle gesprekshulp',
  loadFailed: 'De gesprekshulp kon niet laden. Probeer het opnieuw.',
  ownNote: 'Tekst met een streep ervoor is uitleg van Voordeur. De andere tekst komt uit de methode.',
  ownLabel: 'Uitleg van Voordeur:',
  examples: 'Bijvoorbeeld',
  worked: 'Werkte',
  workedHint: 'Tik aan welk soort vraag werkte in dit gesprek. Dat wordt bij het contact bewaard.',
  elements: 'De vier elementen',
  contrasts: 'Let op het verschil',
  versus: 'versus',
  yes: 'Ja',
  no: 'Nee',
  restart: 'Opnieuw beginnen',
  result: 'Relatietype',
  nextStep: 'Wat betekent dat voor de volgende stap?',
  recorded: 'Bewaard bij dit contact.',
  notRecorded: 'Kies vanuit een contact om het relatietype te bewaren.',
  saveFailed: 'Bewaren lukte niet. Probeer het opnieuw.',
  checklistHint: 'Vink af wat je hebt. Dit wordt niet bewaard.',
} as const;
