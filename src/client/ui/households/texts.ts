// What the households list and a household's form say (plain Dutch, B1); see ui/texts.ts.

import { appTexts } from '../texts';

export const householdTexts = {
  listTitle: appTexts.households,
  search: 'Zoeken',
  searchHint: 'Op naam, adres, bewoners of melder.',
  add: 'Huishouden toevoegen',
  toReview: 'Kernteam',
  none: 'Er staan nog geen huishoudens op dit apparaat.',
  noneHint: 'Voeg een huishouden toe. Dat kan ook zonder internet.',
  noMatch: (query: string) => `Geen huishouden gevonden voor "${query}".`,
  count: (n: number) => (n === 1 ? '1 huishouden' : `${n} huishoudens`),
  lastContact: (date: string) => `Laatste contact: ${date}`,
  noContact: 'Nog geen contact',
  openQuestions: (n: number) => (n === 1 ? '1 open punt' : `${n} open punten`),
  overdue: 'Afgesproken datum is voorbij',
  /** Dutch thousands separator: "12.000 van 20.000 dossiers binnen". */
  pullProgress: (received: number, total: number | null) =>
    total === null ? `${received.toLocaleString('nl-NL')} dossiers binnen` : `${received.toLocaleString('nl-NL')} van ${total.toLocaleString('nl-NL')} dossiers binnen`,
  twoVersions: 'Twee versies om te bekijken',
  regisseur: (name: string) => `Regisseur: ${name}`,
  newTitle: 'Nieuw huishouden',
  newIntro: 'Alles wordt meteen bewaard zodra er een korte naam staat.',
  label: 'Korte naam',
  labelHint: 'Bijvoorbeeld straat en huisnummer. Liever geen achternaam.',
  members: 'Wie wonen er?',
  membersHint: 'De mensen in het huishouden.',
  reportedBy: 'Melding door …',
  reportedByHint: 'Wie heeft het gemeld? Bijvoorbeeld een buurman of de woningcorporatie.',
  reportReason: 'Reden van de melding',
  openHousehold: 'Naar het huishouden',
  waitingForLabel: 'Nog niet opgeslagen: vul eerst een korte naam in.',
  editTitle: 'Gegevens van het huishouden',
  consent: 'Toestemming om dit vast te leggen',
  consentHint: 'Heeft de bewoner gezegd dat het team gegevens over het huishouden mag bijhouden?',
  consentLabels: { onbekend: 'Nog niet gevraagd', gegeven: 'Gegeven', geweigerd: 'Geweigerd', ingetrokken: 'Ingetrokken' },
  notFound: 'Dit huishouden staat niet (meer) op dit apparaat.',
} as const;
