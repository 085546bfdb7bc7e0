// What the screens say (plain Dutch, B1), so a second language can follow. A screen that is never
// on the way to a first question keeps its own texts next to it (e.g. ui/timeline/texts.ts), so
// they load with that screen and not with the start.
// The method's own wording (questions, channels, outcomes) lives in src/content, not here.

import type { StoreProblem } from '../db';

export const kitTexts = {
  /** Who wrote a record, for a colleague who opens it (issue 13). */
  writtenBy: (names: readonly string[]) => `Vastgelegd door ${names.join(' en ')}`,
  skipToContent: 'Naar de inhoud',
  back: 'Terug',
  saved: 'Opgeslagen',
  notSaved: 'Niet opgeslagen. Kijk bij het veld wat er mis is.',
  saveFailed: 'Opslaan lukte niet. Je tekst staat er nog. Probeer het zo opnieuw.',
  unsavedInput: 'Niet alles is opgeslagen: een veld bevat nog een fout.',
  newerVersionWaiting: 'Er is een nieuwere versie van deze tekst. Je ziet die als je uit dit veld gaat.',
} as const;

/** What the screens say when the device store refuses a write (its codes: db/store-problems.ts). */
export const storeProblemTexts: Readonly<Record<StoreProblem, string>> = {
  'record-gone': 'Dit staat niet (meer) op dit apparaat.',
  'record-deleted': 'Dit is verwijderd en kan niet meer worden aangepast.',
  'household-gone': 'Dit huishouden staat niet (meer) op dit apparaat.',
  'conflict-resolved': 'Deze versie is al opgelost.',
};

export const appTexts = {
  appName: 'Voordeur',
  loading: 'Even laden…',
  storageNotPersistent:
    'Opslag is niet blijvend: de browser mag je gegevens wissen als er weinig ruimte is. Installeer de app en werk vaak bij.',
  screenFailed: 'Dit scherm kon niet laden. Controleer je verbinding en probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  notFound: 'Deze pagina bestaat niet.',
  toHouseholds: 'Naar de huishoudens',
  /** The households list's title, also the way back to it from every household screen. */
  households: 'Huishoudens',
  chooseTeam: 'Kies je team',
} as const;

export const contactTexts = {
  chooseChannelTitle: 'Nieuw contact',
  chooseChannel: 'Hoe is het contact?',
  startFailed: 'Het contact kon niet worden gestart.',
  title: (channel: string) => `Contact: ${channel}`,
  outcome: 'Hoe liep het af?',
  startConversation: 'Gesprek starten',
  continueConversation: 'Verder met het gesprek',
  outcomeSaved: (label: string) => `Uitkomst opgeslagen: ${label}.`,
  backToHousehold: 'Klaar, terug naar het huishouden',
  removeUntouched: 'Leeg contact weghalen',
  removeRefused: 'Er is intussen iets ingevuld in dit contact. Het blijft staan.',
  steps: 'Stappen',
  stepOf: (n: number, total: number) => `Stap ${n} van ${total}`,
  stepDone: 'ingevuld',
  stepOpen: 'nog open',
  stepNothingToFill: 'niets in te vullen',
  previous: 'Vorige',
  next: 'Volgende',
  skip: 'Overslaan',
  finishTitle: 'Afronden',
  note: 'Notitie',
  noteHint: 'Wat moet je collega weten?',
  planDateHint: 'Niet meer dan 2 weken na dit contact.',
  planDateInvalid: 'Vul een geldige datum in (dag-maand-jaar).',
  contactOn: (date: string) => `Contact van ${date}`,
  answered: (count: number) => (count === 1 ? 'Wat er is ingevuld (1 antwoord)' : `Wat er is ingevuld (${count} antwoorden)`),
  crisisLink: 'Crisis: naar de crisisvragen',
  planTooLate: 'Dit is later dan twee weken. Spreek af wie dit gaat bewaken.',
  planInPast: 'Deze datum ligt vóór het contact. Klopt dat? Spreek af wie dit gaat bewaken.',
  toGuardQuestion: 'Naar "Wie gaat dat bewaken?"',
  sayIt: 'Zeg bijvoorbeeld',
  olderAnswers: 'Antwoorden uit een eerdere versie',
  olderAnswersIntro: 'Deze vragen staan niet meer in de vragenlijst. De antwoorden blijven bewaard.',
  newerAnswers: 'Antwoorden uit een nieuwere versie van de app',
  newerQuestion: 'Vraag uit een nieuwere versie van de app',
  retiredInStep: 'Uit een oudere versie van de app',
  retiredInStepHint: 'Deze vraag staat niet meer in de vragenlijst. Wat je hier schreef, blijft bewaard. Je kunt het lezen, niet meer aanpassen.',
  notFound: 'Dit contact staat niet (meer) op dit apparaat.',
} as const;
