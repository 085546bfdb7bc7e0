import { inAllChannels, type Step } from './types';

// "BIJLAGE BIJ DAG 3: INTEGRALE VRAGENLIJST": the rows VRAGEN AAN BURGER ZELF and NETWERK.
// Where the EROP AF cell adds a question to the shared one, the addition is a question of its
// own that only eropaf asks, so the shared question keeps one id across channels.

export const burgerZelf: Step = {
  id: 'burger-zelf',
  title: 'Vragen aan burger zelf',
  questions: [
    { id: 'anders-willen', kind: 'open', text: inAllChannels('Wat zou u anders willen?') },
    { id: 'zelf-nu', kind: 'open', text: { eropaf: 'Wat kunt uzelf op dit moment?' } },
    { id: 'zelf-gedaan', kind: 'open', text: inAllChannels('Wat heeft u hier zelf aan gedaan?') },
  ],
};

export const netwerk: Step = {
  id: 'netwerk',
  title: 'Netwerk: familie, vrienden, buren, bekenden',
  questions: [
    { id: 'hulp-gevraagd', kind: 'open', text: inAllChannels('Heeft u hier hulp bij gevraagd?') },
    // Two sentences, one answer: the people who can help now are the people to call now.
    { id: 'wie-nu-helpen', kind: 'open', text: { eropaf: 'Wie kan u nu helpen? Wie kan u nu bellen?' } },
    { id: 'ging-goed', kind: 'open', text: inAllChannels('Wat ging er goed?') },
    { id: 'ging-niet-goed', kind: 'open', text: inAllChannels('Wat ging er niet goed?') },
    { id: 'ging-eerder', kind: 'open', text: inAllChannels('Hoe ging dat eerder?') },
    { id: 'anders-doen', kind: 'open', text: inAllChannels('Hoe zou u het anders willen doen?') },
    {
      id: 'wie-vragen',
      kind: 'open',
      text: inAllChannels('Wie kan u daarvoor vragen om het met u anders te organiseren?'),
    },
  ],
};
