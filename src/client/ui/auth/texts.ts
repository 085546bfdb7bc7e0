// Everything the login and setup screens say, in one place (plain Dutch, B1).
export const authTexts = {
  loginTitle: 'Inloggen',
  loginIntro: 'Log één keer in op dit apparaat. Daarna werkt Voordeur ook zonder internet.',
  wipedRevoked:
    'Dit apparaat is ingetrokken door je team. Daarom zijn alle gegevens van Voordeur van dit apparaat gewist. Vraag je teamleider of beheerder wat er aan de hand is.',
  wipedLoggedOut: 'Je bent uitgelogd. Alle gegevens van Voordeur zijn van dit apparaat gewist.',
  wipedLoggedOutOffline:
    'Je bent uitgelogd. Alle gegevens van Voordeur zijn van dit apparaat gewist. Er was geen verbinding, dus de server weet nog niet dat je bent uitgelogd. Dat hoort de server alsnog zodra je Voordeur opent met verbinding. Ben je dit apparaat kwijt, of gebruikt iemand anders het? Vraag dan je teamleider om het apparaat in te trekken.',
  // A session from before logout tickets: the server will not hear of it, so the text does not say it will.
  wipedLoggedOutOfflineUntold:
    'Je bent uitgelogd. Alle gegevens van Voordeur zijn van dit apparaat gewist. Er was geen verbinding, dus de server weet niet dat je bent uitgelogd. Ben je dit apparaat kwijt, of gebruikt iemand anders het? Vraag dan je teamleider om het apparaat in te trekken.',
  username: 'Gebruikersnaam',
  password: 'Wachtwoord',
  showPassword: 'Wachtwoord tonen',
  login: 'Inloggen',
  loggingIn: 'Bezig met inloggen…',
  setupTitle: 'Voordeur inrichten',
  setupIntro:
    'Je richt Voordeur voor de eerste keer in. Je maakt het eerste team en je eigen account. Jij wordt de beheerder: je kunt daarna collega’s toevoegen.',
  teamName: 'Naam van het team',
  teamNameHint: 'Bijvoorbeeld de wijk of het gebied, zoals "Outreach Noord".',
  displayName: 'Je naam',
  displayNameHint: 'Zo zien je collega’s wie iets heeft gedaan.',
  usernameHint: 'Hiermee log je in. Alleen kleine letters, cijfers, punt en streepjes.',
  newPassword: 'Kies een wachtwoord',
  newPasswordHint: 'Minstens 10 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.',
  passwordAgain: 'Typ het wachtwoord nog een keer',
  passwordsDiffer: 'De twee wachtwoorden zijn niet hetzelfde. Typ ze opnieuw.',
  setUp: 'Voordeur inrichten',
  settingUp: 'Bezig met inrichten…',
  setupTokenMissing:
    'Deze pagina werkt alleen met de link die de server bij de eerste start laat zien. Open die link, of vraag degene die de server beheert.',
  wrongLogin: 'Gebruikersnaam of wachtwoord klopt niet. Kijk of je alles goed hebt getypt.',
  tooManyAttempts: 'Te vaak geprobeerd. Wacht een kwartier en probeer het dan opnieuw.',
  offlineLogin: 'Je moet één keer online inloggen op dit apparaat. Zoek een plek met internet en probeer het opnieuw.',
  offlineSetup: 'Er is geen verbinding met de server. Controleer je internet en probeer het opnieuw.',
  updateRequired: 'Deze versie van de app is te oud. Sluit Voordeur helemaal af en open de app opnieuw.',
  serverDown: 'De server doet het even niet. Probeer het over een paar minuten opnieuw.',
  malformedAnswer: 'De server gaf een antwoord dat de app niet begrijpt. Je bent nog niet ingelogd. Probeer het over een paar minuten opnieuw.',
  checkInput: 'Er klopt iets niet in wat je hebt ingevuld. Kijk het na en probeer het opnieuw.',
  unknownDevice: 'Onbekend apparaat',
} as const;
