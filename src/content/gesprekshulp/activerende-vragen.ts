import { own, type QuestionKindsAid } from './types';

// "BIJLAGE BIJ DAG 2", slide 13 ("ACTIVERENDE VRAGEN") and slide 12 ("ACTIVEREN EN
// COMPLIMENTEREN"); the seed names the kinds only: explanations and examples are the app's own.
export const activerendeVragen: QuestionKindsAid = {
  kind: 'question-kinds',
  id: 'activerende-vragen',
  title: 'Activerende vragen',
  intro: 'Activeren door complimenteren en stellen van activerende vragen.',
  items: [
    {
      id: 'open-vragen',
      title: 'Open vragen',
      explanation: own('Vragen waar de bewoner niet alleen ja of nee op zegt. Zo vertelt de bewoner het zelf.'),
      examples: [own('Hoe gaat het met u?'), own('Wat is er gebeurd?'), own('Wat vindt u daar zelf van?')],
    },
    {
      id: 'wondervraag',
      title: 'De wondervraag',
      explanation: own('De bewoner stelt zich voor dat het probleem weg is. Zo wordt duidelijk wat de bewoner wil.'),
      examples: [
        own('Stel: vannacht gebeurt er een wonder en het probleem is weg. Wat merkt u morgen als eerste?'),
        own('Wie ziet als eerste dat het anders is? Waaraan ziet die dat?'),
      ],
    },
    {
      id: 'keuzemogelijkheden',
      // The seed writes "keuze mogelijkheden"; Dutch spelling makes it one word.
      title: 'Vragen naar keuzemogelijkheden',
      explanation: own('Vragen die laten zien dat er meer dan één weg is. De bewoner kiest zelf.'),
      examples: [own('Wat kunt u nu doen?'), own('Wat zou u het liefst als eerste doen?'), own('Welke mogelijkheden ziet u zelf?')],
    },
    {
      id: 'vroeger-beter',
      title: '‘Wat ging er vroeger beter’-vragen',
      explanation: own('Vragen naar een tijd waarin het beter ging. Wat toen hielp, kan nu weer helpen.'),
      examples: [own('Hoe ging het vroeger?'), own('Wat deed u toen anders?'), own('Wie hielp u toen?')],
    },
    {
      id: 'copingvragen',
      title: 'Copingvragen',
      explanation: own('Vragen hoe de bewoner het volhoudt. Dat laat eigen kracht zien, ook als het zwaar is.'),
      examples: [own('Hoe houdt u het vol?'), own('Wat helpt u om door te gaan?'), own('Hoe zorgt u dat het niet erger wordt?')],
    },
    {
      id: 'contextuele-vragen',
      title: 'Contextuele vragen',
      explanation: own('Vragen naar wat mensen om de bewoner heen zien of zouden zeggen. Zo komt het netwerk in beeld.'),
      examples: [
        own('Wat zou uw buurvrouw zeggen als ik haar vroeg hoe het met u gaat?'),
        own('Wie merkt het als het beter met u gaat?'),
        own('Wie kan u nu helpen?'),
      ],
    },
    {
      id: 'scoringsvragen',
      title: 'Scoringsvragen',
      explanation: own('Vragen met een cijfer van 1 tot 10. Zo worden kleine stappen zichtbaar.'),
      examples: [
        own('Op een schaal van 1 tot 10: waar staat u nu?'),
        own('Wat maakt dat het een 4 is en geen 3?'),
        own('Wat is er nodig voor één punt hoger?'),
      ],
    },
    {
      id: 'uitzonderingen',
      title: 'Vragen naar uitzonderingen',
      explanation: own('Vragen naar momenten waarop het probleem er niet was, of minder.'),
      examples: [own('Wanneer ging het de laatste tijd een beetje beter?'), own('Wat was er toen anders?'), own('Hoe kreeg u dat voor elkaar?')],
    },
  ],
};
