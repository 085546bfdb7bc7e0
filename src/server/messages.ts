/** Every text of the server a person reads, in plain Dutch, in one place. */
export const messages = {
  invalidJson: 'Het verzoek is geen geldige JSON. Probeer het opnieuw; blijft het misgaan, werk dan de app bij.',
  invalidRequest: 'Het verzoek klopt niet. Kijk in de details welk onderdeel niet goed is.',
  tooLarge: 'Het verzoek is te groot. Synchroniseer in kleinere delen.',
  updateRequired: 'Werk de app bij: deze versie past niet meer bij de server. Sluit de app en open hem opnieuw.',
  serverOutdated: 'De server is ouder dan deze app. Probeer het later opnieuw of vraag de beheerder de server bij te werken.',
  unauthenticated: 'Je bent niet (meer) ingelogd. Log opnieuw in.',
  deviceRevoked: 'Dit apparaat is afgemeld door de beheerder. De gegevens op dit apparaat worden gewist. Log opnieuw in.',
  wrongCredentials: 'De gebruikersnaam of het wachtwoord klopt niet.',
  tooManyAttempts: 'Te veel mislukte pogingen om in te loggen. Wacht een kwartier en probeer het dan opnieuw.',
  notInTeam: 'Je hoort niet bij dit team. Vraag je teamleider of beheerder om toegang.',
  resyncRequired: 'Dit apparaat is te lang niet bijgewerkt. De gegevens van het team worden opnieuw opgehaald.',
  setupDone: 'Voordeur is al ingericht. Log in met je account.',
  setupTokenInvalid:
    'Deze link voor de eerste keer klopt niet of is al gebruikt. Kijk op het scherm van de server voor de juiste link.',
  notFound: 'Dit adres bestaat niet.',
  serverError: 'Er ging iets mis op de server. Je gegevens blijven op je apparaat bewaard. Probeer het later opnieuw.',
  appNotBuilt: 'De app is nog niet gebouwd. Voer eerst "npm run build" uit.',
  // Rejected mutations (push results).
  forbidden: 'Je hebt geen toegang tot dit gegeven.',
  schemaTooNew: 'Deze wijziging komt uit een nieuwere versie van de app dan de server kent. Ze blijft bewaard tot de server is bijgewerkt.',
  householdMissing: 'Het huishouden van deze wijziging is niet gevonden in dit team.',
  householdMismatch: 'Deze wijziging hoort bij een ander huishouden dan het gegeven op de server.',
  householdIdRequired: 'Bij deze wijziging ontbreekt het huishouden.',
  householdIdNotAllowed: 'Een huishouden kan zelf niet bij een ander huishouden horen.',
  otherTable: 'Deze id hoort bij een ander soort gegeven.',
  clockAhead: 'De klok van dit apparaat loopt meer dan een dag voor. Zet de datum en tijd van het apparaat goed.',
} as const;
