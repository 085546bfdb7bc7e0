// Everything the lock screens say, in one place (plain Dutch, B1). Nothing here names a person.
export const lockTexts = {
  lockedTitle: 'Voordeur is vergrendeld',
  lockedIntro: 'Je gegevens zijn afgeschermd. Ontgrendel om verder te gaan waar je was.',
  withPasskey: 'Ontgrendel met je telefoon',
  withPasskeyHint: 'Met je vingerafdruk, gezicht of schermvergrendeling.',
  pin: 'Pincode',
  unlock: 'Ontgrendelen',
  unlocking: 'Bezig met ontgrendelen…',
  passkeyFailed: 'Ontgrendelen met je telefoon lukte niet. Probeer het opnieuw of gebruik je pincode.',
  forgotPin: 'Pincode vergeten? Log in met je wachtwoord',
  /** The lease is the team's setting (whole hours): said in days when it is whole days. */
  leaseExpired: (leaseMs: number) =>
    `Je bent al meer dan ${leasePeriod(leaseMs)} niet online geweest met dit apparaat. Log in met je wachtwoord om verder te gaan. Zoek zo nodig eerst een plek met internet.`,
  cannotUnlock:
    'Dit apparaat kan niet meer worden ontgrendeld: er is geen pincode en geen herstelsleutel. Vraag je beheerder om hulp.',
  recoverTitle: 'Inloggen om te herstellen',
  recoverIntro: 'Log in met je wachtwoord. Daarna krijg je al je gegevens terug, ook wat nog niet verstuurd was, en kies je een nieuwe manier om te ontgrendelen.',
  recoverLogin: 'Inloggen en herstellen',
  recovering: 'Bezig met herstellen…',
  recoverFailed: 'Herstellen lukte niet. Controleer je wachtwoord en je internetverbinding en probeer het opnieuw.',
  backToUnlock: 'Terug naar ontgrendelen',
  setupTitle: 'Beveilig Voordeur op dit apparaat',
  setupIntro:
    'Je gegevens op dit apparaat worden versleuteld. Kies hoe je Voordeur ontgrendelt. Als je telefoon het kan, gebruik je de schermvergrendeling van je telefoon.',
  newFactorTitle: 'Kies hoe je ontgrendelt',
  usePasskey: 'Gebruik de schermvergrendeling van je telefoon',
  noPrf: 'Je telefoon of browser kan dit niet. Kies hieronder een pincode.',
  orPin: 'Of kies een pincode',
  newPin: 'Nieuwe pincode (minstens 6 cijfers)',
  newPinHint: 'Minstens 6 cijfers, geen reeks als 123456 of 111111. Een wachtwoordzin van minstens 10 tekens mag ook.',
  pinAgain: 'Typ de pincode nog een keer',
  tooShort: 'Te kort. Kies minstens 6 cijfers, of een wachtwoordzin van minstens 10 tekens.',
  tooSimple: 'Deze pincode is te makkelijk te raden. Kies cijfers zonder vaste reeks.',
  pinsDiffer: 'De twee pincodes zijn niet hetzelfde. Typ ze opnieuw.',
  savePin: 'Pincode instellen',
  noEscrowOffline:
    'Er is nu geen verbinding met de server, dus er is nog geen herstelsleutel. Vergeet je pincode, dan kun je je gegevens niet terugkrijgen. Vraag je beheerder om hulp als dat gebeurt.',
  settingUp: 'Bezig met beveiligen…',
  setupFailed: 'Beveiligen lukte niet. Probeer het opnieuw.',
  lockNow: 'Vergrendel nu',
} as const;

function leasePeriod(leaseMs: number): string {
  const hours = Math.round(leaseMs / 3_600_000);
  if (hours >= 24 && hours % 24 === 0) return hours === 24 ? '1 dag' : `${hours / 24} dagen`;
  return `${hours} uur`;
}
