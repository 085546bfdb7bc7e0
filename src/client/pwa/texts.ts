// Everything the update prompt says, in one place.
export const updateTexts = {
  newVersion: 'Er is een nieuwe versie van Voordeur.',
  inputIsSaved: 'Wat je hebt ingevuld, is al bewaard. Bijwerken duurt een paar seconden.',
  updateNow: 'Nieuwe versie laden',
  updating: 'Nieuwe versie laden…',
  later: 'Later',
  reminder: 'Nieuwe versie klaar',
  failed: 'Bijwerken lukte nu niet. Er is niets verloren gegaan: je kunt gewoon verder. Probeer het straks opnieuw.',
  blockedBy: (labels: readonly string[]) =>
    labels.length === 1
      ? `Bijwerken kan nog niet: bij "${labels[0]}" staat iets dat nog niet klopt, en dat is nog niet bewaard. Pas het aan of maak het leeg, en laad dan de nieuwe versie.`
      : `Bijwerken kan nog niet: bij deze vragen staat iets dat nog niet klopt, en dat is nog niet bewaard: ${labels.map((label) => `"${label}"`).join(', ')}. Pas het aan of maak het leeg, en laad dan de nieuwe versie.`,
  goToField: 'Naar het veld',
  offerReady: 'De nieuwe versie van de app staat klaar. Daarin staat deze vraag wel.',
  offerWhenReady: 'Werk de app bij om deze vraag te zien. Zodra er verbinding is, verschijnt bovenaan de knop om de nieuwe versie te laden.',
} as const;
