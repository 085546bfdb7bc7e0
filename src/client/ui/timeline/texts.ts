// What the household's timeline says (plain Dutch, B1); see ui/texts.ts.

import { householdTexts } from '../households/texts';

export const timelineTexts = {
  newContact: 'Nieuw contact',
  atTheDoor: 'Aan de deur (erop af)',
  map: 'Leefgebiedenkaart',
  contacts: 'Contactmomenten',
  noContacts: 'Nog geen contactmomenten.',
  outcomeMissing: 'Uitkomst nog niet ingevuld',
  untouched: 'Leeg: nog niets ingevuld',
  relationship: (type: string) => `Relatietype: ${type}`,
  relationshipHistory: 'Relatietype door de tijd:',
  openQuestions: 'Open punten',
  noOpenQuestions: 'Geen open punten.',
  // The same unit as the households list ("3 open punten"): one open point per step not filled in.
  unanswered: (n: number, date: string) => `${householdTexts.openQuestions(n)}: stappen nog niet ingevuld (contact van ${date})`,
  planPassed: (date: string) => `De afgesproken termijn (${date}) is voorbij. Hoe staat het ervoor?`,
  twoVersions: 'Twee versies',
  twoVersionsIntro: 'Hier is op twee apparaten tegelijk iets anders geschreven. Beide teksten zijn bewaard.',
  twoVersionsLink: (what: string) => `Bekijk de twee versies bij ${what}`,
  about: 'Over dit huishouden',
  edit: 'Gegevens aanpassen',
  erase: 'Huishouden wissen',
  eraseTitle: 'Huishouden wissen?',
  eraseExplain:
    'Alles over dit huishouden wordt gewist: de gegevens, de contactmomenten en de leefgebiedenkaart. Dat gebeurt op dit apparaat en, bij de volgende synchronisatie, op de apparaten van iedereen in je team. Dit kan niet ongedaan worden gemaakt.',
  eraseConfirm: 'Ja, wis alles',
  cancel: 'Niet wissen',
  mapLatest: 'Leefgebiedenkaart',
  closedOn: (day: string) => `Afgesloten op ${day}`,
  closedExplain: 'Na de bewaartermijn wordt dit huishouden vanzelf gewist, gerekend vanaf de dag van afsluiten.',
  close: 'Huishouden afsluiten',
  closeTitle: 'Huishouden afsluiten?',
  closeExplain:
    'Sluit het huishouden af als het werk klaar is. Het blijft zichtbaar voor je team. Na de bewaartermijn, gerekend vanaf vandaag, wordt alles erover gewist. Je kunt het tot die tijd weer openen.',
  closeConfirm: 'Ja, afsluiten',
  closeCancel: 'Niet afsluiten',
  reopen: 'Weer openen',
  reopenTitle: 'Huishouden weer openen?',
  reopenExplain: 'Het huishouden is dan niet meer afgesloten en wordt niet gewist na de bewaartermijn.',
  reopenConfirm: 'Ja, weer openen',
  reopenCancel: 'Niet openen',
} as const;
