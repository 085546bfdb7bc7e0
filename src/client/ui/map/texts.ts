// Everything the leefgebiedenkaart screens say, in one place. The method's own prompts and
// topics are content (src/content); these are the screen's words around them.
export const mapTexts = {
  title: 'Leefgebiedenkaart',
  intro: 'Vul de kaart in wanneer het past, in elke volgorde. Alles wordt meteen bewaard.',
  loading: 'Kaart laden…',
  modeLegend: 'Hoe wil je de kaart invullen?',
  modeFull: 'Volledig',
  modeSimple: 'Eenvoudig',
  modeSimpleHint: 'Eenvoudig: dag, nacht, geld en vrije tijd. Handig tijdens een gesprek.',
  progress: (discussed: number, total: number) =>
    `${discussed} van ${total} ${total === 1 ? 'onderdeel' : 'onderdelen'} besproken`,
  discussed: 'besproken',
  notYet: 'nog niet besproken',
  backToOverview: 'Terug naar het overzicht',
  nextSubdomain: (title: string) => `Volgende: ${title}`,
  notFound: 'Dit onderdeel bestaat niet (meer). Kies een onderdeel uit het overzicht.',
  topicsLegend: 'Wat is besproken?',
  topicsFold: (count: number) => (count === 1 ? 'Onderwerpen (1 besproken)' : `Onderwerpen (${count} besproken)`),
  archivedTopicsLegend: 'Onderwerpen uit een oudere versie van de kaart',
  archivedTopicsHint: 'Deze onderwerpen staan niet meer op de kaart. Je kunt ze lezen, niet meer aanpassen.',
  archivedTopicUnknown: (id: string) => `Onbekend onderwerp (${id})`,
  questionsHeading: 'Vragen',
  scoresHeading: 'Cijfers',
  noScore: 'Nog geen cijfer',
  fullMapOnly: (titles: string) => `Alleen in de volledige kaart: ${titles}.`,
  navLabel: 'Verder op de kaart',
  summaryLabel: 'Leefgebiedenkaart: voortgang per leefgebied',
} as const;
