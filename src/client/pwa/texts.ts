// Everything the update prompt says, in one place.
export const updateTexts = {
  newVersion: 'Er is een nieuwe versie van Voordeur.',
  inputIsSaved: 'Wat je hebt ingevuld, is al bewaard. Bijwerken duurt een paar seconden.',
  updateNow: 'Nieuwe versie laden',
  updating: 'Nieuwe versie laden…',
  failed: 'Bijwerken lukte nu niet. Er is niets verloren gegaan: je kunt gewoon verder. Probeer het straks opnieuw.',
} as const;
