// What the buttons and the notice that open the aids say: on the screens' own path, so kept
// apart from the aids' texts (texts.ts), which load with the dialog on the first tap.
export const aidEntryTexts = {
  open: 'Gesprekshulp',
  relationshipButton: 'Relatietype bepalen',
  reflectButton: 'Terugkijken: welk baken hielp?',
  loading: 'Even laden…',
  checklistNoticeTitle: 'Voordat je op pad gaat',
  showChecklist: 'Praktische tips',
  hideChecklist: 'Niet meer tonen',
} as const;
