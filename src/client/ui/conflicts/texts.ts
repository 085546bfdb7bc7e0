// Everything the "twee versies" screens say, in one place.
export const conflictTexts = {
  notice: 'Er zijn twee versies van deze tekst.',
  noticeMore: (count: number) => `Er zijn ${count + 1} versies van deze tekst.`,
  compare: 'Versies vergelijken',
  hide: 'Vergelijken sluiten',
  explain:
    'Op twee apparaten is tegelijk iets anders geschreven. Beide teksten zijn bewaard. Kies welke tekst blijft, of maak er samen één tekst van.',
  regionLabel: (field: string) => `Twee versies van: ${field}`,
  arrived: (field: string) => `Nu ook een andere versie van: ${field}`,
  thisVersion: 'Deze versie',
  thisVersionHint: 'Wat nu in het veld staat.',
  otherVersion: 'Andere versie',
  /** Who wrote the other version and when, as far as this device knows; undefined when it knows neither. */
  otherWritten: (when: string | null, by: string | null) =>
    by && when ? `Geschreven door ${by} op ${when}.` : by ? `Geschreven door ${by}.` : when ? `Geschreven op ${when}.` : undefined,
  empty: '(leeg)',
  keepThis: 'Deze versie houden',
  keepOther: 'Andere versie houden',
  merge: 'Zelf samenvoegen',
  mergedLabel: 'Samengevoegde tekst',
  mergedHint: 'Beide teksten staan hieronder. Pas de tekst aan tot hij klopt en bewaar hem dan.',
  saveMerged: 'Deze tekst bewaren',
  cancelMerge: 'Niet samenvoegen',
  busy: 'Bezig met bewaren…',
  resolved: 'Opgelost. De gekozen tekst staat nu in het veld.',
  failed: 'Bewaren lukte niet. Er is niets verloren gegaan. Probeer het opnieuw.',
} as const;
