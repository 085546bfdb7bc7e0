// Everything the sync status and account menu say, in one place (plain Dutch, B1).
const changes = (n: number) => (n === 1 ? '1 wijziging' : `${n} wijzigingen`);

export const syncStatusTexts = {
  region: 'Bijwerken met het team',
  allUpToDate: 'Alles bijgewerkt',
  upToDateAgo: (ago: string) => `Alles bijgewerkt · ${ago}`,
  neverSynced: 'Nog niet bijgewerkt met het team',
  syncing: 'Bezig met bijwerken…',
  waiting: (n: number) => `${changes(n)} ${n === 1 ? 'wacht' : 'wachten'} om verstuurd te worden`,
  waitingForConnection: (n: number) => `${changes(n)} ${n === 1 ? 'wacht' : 'wachten'} op verbinding`,
  offline: 'Geen verbinding · alles staat veilig op dit apparaat',
  offlineAnnounced: 'Geen verbinding. Je werk blijft op dit apparaat bewaard en wordt later verstuurd.',
  loggedOut: 'Niet ingelogd',
  // The pill in the header: a few words; the full sentence is one tap away (or always shown when urgent).
  shortUpToDate: 'Bijgewerkt',
  shortNeverSynced: 'Niet bijgewerkt',
  shortSyncing: 'Bezig…',
  shortWaiting: (n: number) => `${n} ${n === 1 ? 'wacht' : 'wachten'}`,
  shortOffline: 'Geen verbinding',
  shortProblem: 'Let op',
  explain: 'Wat je invult, staat meteen veilig op dit apparaat. Met verbinding wordt het vanzelf met je team gedeeld.',
  syncNow: 'Nu bijwerken',
  logIn: 'Inloggen',
  rejected: (n: number) => `${changes(n)} niet geaccepteerd door de server`,
  rejectedIntro:
    'Deze wijzigingen zijn niet bij je team aangekomen. Wat je hebt ingevuld, staat nog op dit apparaat. Vraag je beheerder om hulp.',
  tableLabel: {
    households: 'Huishouden',
    contacts: 'Contactmoment',
    mapEntries: 'Leefgebiedenkaart',
    conflicts: 'Twee versies',
  } as Record<string, string>,
  justNow: 'zojuist',
  minutesAgo: (n: number) => `${n} min geleden`,
  hoursAgo: (n: number) => `${n} uur geleden`,
  onDate: (date: string) => `op ${date}`,
  // Account menu.
  account: 'Account',
  loggedInAs: (name: string) => `Ingelogd als ${name}`,
  logOut: 'Uitloggen',
  auditTrail: 'Logboek (wie zag wat)',
  loggingOut: 'Bezig met uitloggen…',
  logOutTitle: 'Uitloggen en dit apparaat wissen?',
  logOutSafe:
    'Alles is verstuurd en staat veilig bij je team. Bij uitloggen wissen we alle gegevens van dit apparaat. Log je weer in, dan haalt de app ze opnieuw op.',
  logOutUnsent: (n: number) =>
    `Let op: er ${n === 1 ? 'is' : 'zijn'} nog ${changes(n)} niet verstuurd. Als je nu uitlogt, ${n === 1 ? 'wordt die' : 'worden die'} gewist en ben je dat werk kwijt.`,
  logOutOffline:
    'Je hebt nu geen verbinding. Uitloggen kan wel: alles op dit apparaat wordt gewist. Maar de server weet dan nog niet dat je bent uitgelogd. Dat hoort de server pas als je Voordeur weer opent met verbinding. Kan het wachten? Log dan uit als je weer verbinding hebt.',
  sendFirst: 'Eerst versturen',
  sending: 'Bezig met versturen…',
  sendFailed: 'Versturen lukte niet. Heb je verbinding? Probeer het opnieuw, of wacht tot je weer verbinding hebt.',
  logOutAndWipe: 'Uitloggen en wissen',
  logOutAnyway: 'Toch uitloggen en wissen',
  stayLoggedIn: 'Ingelogd blijven',
  devices: 'Apparaten van het team',
  // Storage on this device (account menu).
  storageHeading: 'Opslag op dit apparaat',
  storagePersistent: 'De browser bewaart de gegevens van Voordeur, ook als er weinig ruimte is.',
  storageNotPersistent: 'De browser heeft niet beloofd de gegevens te bewaren.',
  storageUnknown: 'Deze browser zegt niet of hij de gegevens bewaart.',
  storageUsed: (used: string, quota: string) => `In gebruik: ${used} van ${quota}.`,
  warnIosNotInstalled:
    'Safari wist de gegevens als je Voordeur 7 dagen niet opent. Zet Voordeur op je beginscherm (Deel → Zet op beginscherm) en open het daar.',
  warnNotPersistent: 'Bij weinig ruimte kan de browser de gegevens wissen. Zorg dat alles verstuurd is, of installeer de app.',
  warnUnsentOld: 'Er wacht al meer dan een dag werk dat nog niet verstuurd is. Het staat alleen op dit apparaat. Zoek verbinding en tik op "Nu bijwerken".',
} as const;
