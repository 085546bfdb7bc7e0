// Everything the update prompt says, in one place.
export const updateTexts = {
  newVersion: 'Er is een nieuwe versie van Voordeur.',
  inputIsSaved: 'Wat je hebt ingevuld, is al bewaard. Bijwerken duurt een paar seconden.',
  updateNow: 'Nu bijwerken',
  updating: 'Bezig met bijwerken…',
  failed: 'Bijwerken lukte nu niet. Er is niets verloren gegaan: je kunt gewoon verder. Probeer het straks opnieuw.',
} as const;
