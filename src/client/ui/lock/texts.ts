// Everything the lock screens say, in one place (plain Dutch, B1).
export const lockTexts = {
  setupTitle: 'Ontgrendelen instellen',
  setupIntro:
    'Wat je in Voordeur opschrijft, staat versleuteld op dit apparaat. Kies een pincode om Voordeur te openen. Zonder die pincode kan niemand iets lezen, ook niet als de telefoon kwijt is.',
  newPin: 'Kies een pincode',
  newPinHint: 'Minstens 6 cijfers, geen reeks als 123456 of 111111. Een wachtwoordzin van minstens 10 tekens mag ook.',
  pinAgain: 'Typ de pincode nog een keer',
  pinsDiffer: 'De twee pincodes zijn niet hetzelfde. Typ ze opnieuw.',
  tooShort: 'Te kort. Kies minstens 6 cijfers, of een wachtwoordzin van minstens 10 tekens.',
  tooSimple: 'Deze pincode is te makkelijk te raden. Kies cijfers zonder vaste reeks.',
  setUp: 'Pincode instellen',
  settingUp: 'Bezig met instellen…',
  lockedTitle: 'Voordeur is vergrendeld',
  lockedIntro: 'Typ je pincode om verder te gaan.',
  pin: 'Pincode',
  unlock: 'Ontgrendelen',
  unlocking: 'Bezig met openen…',
  wrongPin: 'Deze pincode klopt niet. Probeer het opnieuw.',
  failed: 'Dat lukte niet. Probeer het opnieuw.',
} as const;
