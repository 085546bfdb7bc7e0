// Everything the device screen says, in one place (plain Dutch, B1).
export const deviceTexts = {
  title: 'Apparaten van het team',
  intro:
    'Hier zie je op welke apparaten mensen van je team zijn ingelogd. Is een telefoon kwijt of gestolen, of werkt iemand niet meer in het team? Trek het apparaat dan in. Het apparaat wist alle gegevens van Voordeur zodra het weer verbinding heeft.',
  notManager: 'Alleen een teamleider of beheerder van dit team kan de apparaten zien en intrekken.',
  loading: 'Apparaten ophalen…',
  loadFailed: 'De apparaten konden niet worden opgehaald. Heb je verbinding? Probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  none: 'Er zijn geen apparaten ingelogd.',
  lastSeen: (when: string) => `Laatst gezien ${when}`,
  thisDevice: 'Dit apparaat',
  state: { active: 'Actief', expired: 'Verlopen', revoked: 'Ingetrokken' } as Record<string, string>,
  revoke: 'Intrekken',
  revokeLabel: (device: string, person: string) => `Apparaat ${device} van ${person} intrekken`,
  revokeTitle: 'Apparaat intrekken?',
  revokeBody: (device: string, person: string) =>
    `Je trekt "${device}" van ${person} in. Dit apparaat wist alle gegevens van Voordeur bij het volgende contact met de server. Wat daar nog niet verstuurd is, gaat verloren. ${person} kan op dit apparaat opnieuw inloggen.`,
  revokeUser: (person: string) => `${person} helemaal intrekken`,
  revokeUserTitle: 'Account intrekken?',
  revokeUserBody: (person: string) =>
    `${person} kan dan niet meer inloggen, en alle apparaten van ${person} wissen hun gegevens van Voordeur bij het volgende contact. Alleen de beheerder kan het account weer aanzetten.`,
  confirmRevoke: 'Intrekken',
  cancel: 'Annuleren',
  revoked: (device: string) => `"${device}" is ingetrokken.`,
  userRevoked: (person: string, n: number) => `${person} is ingetrokken (${n === 1 ? '1 apparaat' : `${n} apparaten`}).`,
  revokeFailed: 'Intrekken lukte niet. Heb je verbinding? Probeer het opnieuw.',
  back: 'Terug naar huishoudens',
} as const;
