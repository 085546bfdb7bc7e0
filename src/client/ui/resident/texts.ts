// The resident view speaks to the resident ("u"), in large, plain Dutch (B1). These are the app's
// own words; the areas' names are the method's (src/content).
export const residentTexts = {
  title: 'Uw eigen kaart',
  documentTitle: 'Bewonersweergave',
  intro: 'Dit is uw kant van het gesprek. Kies zelf een cijfer en vertel wat goed gaat.',
  score: 'Welk cijfer geeft u dit nu?',
  scoreHint: '1 is heel slecht, 10 is heel goed.',
  noScore: 'Nog geen cijfer',
  goesWell: 'Wat gaat goed?',
  leave: 'Terug naar de werker',
  leaveHint: 'Voor de werker: houd deze knop ingedrukt. Met het toetsenbord: houd Enter of spatie ingedrukt.',
  leaving: 'Blijf vasthouden…',
  loading: 'Even laden…',
  open: 'Bewonersweergave',
  openHint: 'Draai de telefoon naar de bewoner. Terug kan alleen door lang te drukken.',
} as const;
