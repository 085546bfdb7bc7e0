// What the lock settings section on the device screen says (plain Dutch, B1).
import { TEAM_SETTING_BOUNDS as b } from '../../../domain/team-settings';

export const lockSettingsTexts = {
  title: 'Vergrendelen',
  intro: 'Zo beschermt de app de gegevens als een telefoon blijft liggen. Dit geldt voor alle apparaten van het team, vanaf hun volgende verbinding.',
  idleMinutes: 'Vergrendelen na zoveel minuten zonder gebruik',
  idleHint: `Tussen ${b.idleMinutes.min} en ${b.idleMinutes.max} minuten.`,
  backgroundGraceSeconds: 'Vergrendelen na zoveel seconden in de achtergrond',
  backgroundHint: `Als iemand een andere app opent. Tussen ${b.backgroundGraceSeconds.min} en ${b.backgroundGraceSeconds.max} seconden.`,
  leaseHours: 'Opnieuw online inloggen na zoveel uren zonder verbinding',
  leaseHint: `Tussen ${b.leaseHours.min} en ${b.leaseHours.max} uur (${b.leaseHours.max / 24} dagen).`,
  loading: 'Instellingen ophalen…',
  loadFailed: 'De instellingen konden niet worden opgehaald. Heb je verbinding? Probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  save: 'Opslaan',
  saving: 'Opslaan…',
  saved: 'De instellingen zijn opgeslagen.',
  offline: 'Opslaan kan alleen met verbinding. Wat je hebt ingevuld blijft staan: probeer het opnieuw als je verbinding hebt.',
  failed: 'Opslaan lukte niet. Wat je hebt ingevuld blijft staan. Probeer het opnieuw.',
} as const;
