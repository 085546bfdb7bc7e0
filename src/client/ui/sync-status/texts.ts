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
  logOutPending: (n: number) =>
    `Er ${n === 1 ? 'wacht' : 'wachten'} nog ${changes(n)}. Die blijven op dit apparaat en worden verstuurd als je weer inlogt.`,
} as const;
