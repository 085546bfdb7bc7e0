import { own, type CommunicationAid } from './types';

// "BIJLAGE BIJ DAG 3: GEWELDLOZE COMMUNICATIE", slides 4–7, with the seed's own quotation marks.
// The explanations and examples of the contrasts are the app's own.
export const geweldlozeCommunicatie: CommunicationAid = {
  kind: 'communication',
  id: 'geweldloze-communicatie',
  title: 'Geweldloze communicatie',
  intro: [
    'Eerlijk uitdrukken hoe ik ben zonder te beschuldigen of kritiek te geven.',
    'Empathievol ontvangen hoe jij bent zonder een beschuldiging of kritiek te horen.',
  ],
  elements: [
    {
      id: 'waarneming',
      title: 'Waarneming',
      lines: [
        'Wat ik waarneem (zie, hoor, ruik, proef, voel), hetgeen wel/niet bijdraagt aan mijn welzijn: „als ik (zie, hoor, ruik, proef, voel)…’',
        'Wat jij waarneemt (ziet, hoort, ruikt, proeft, voelt) hetgeen wel/niet bijdraagt aan jouw welzijn: „als jij (ziet, hoort ruikt, proeft, voelt)…’ (soms weglaten bij het geven van empathie)',
      ],
    },
    {
      id: 'gevoel',
      title: 'Gevoel',
      lines: [
        'Wat ik voel (een emotie of gevoel, en niet een gedachte), in samenhang met wat ik waarneem: „ik voel (me)…’',
        'Wat jij voelt (een emotie of gevoel, en niet een gedachte), in samenhang met wat jij waarneemt: „jij voelt (je)…’',
      ],
    },
    {
      id: 'behoefte',
      title: 'Behoefte',
      lines: [
        'Waar ik behoefte aan heb/wat ik waardevol vind (en niet zozeer een voorkeur of een specifieke handeling), hetgeen de oorzaak is van mijn gevoelens: „… omdat ik … behoefte heb aan/waardevol vind.‟ Duidelijk verzoeken om wat mijn leven zou verrijken, zonder te eisen.',
        'Waar jij behoefte aan hebt/wat jij waardevol vindt (en niet zozeer een voorkeur of een specifieke handeling), hetgeen de oorzaak is van jouw gevoelens: „… omdat jij … behoefte hebt aan/waardevol vindt‟. Empathievol ontvangen wat jouw leven zou verrijken zonder dat als een eis te horen.',
      ],
    },
    {
      id: 'verzoek',
      title: 'Verzoek',
      lines: [
        'De concrete handelingen die ik graag zou zien: „Ben jij bereid om…?’',
        'De concrete handelingen die jij graag zou zien: „Zou jij willen…?’ (Soms weggelaten bij het geven van empathie)',
      ],
    },
  ],
  contrasts: [
    {
      id: 'waarneming-oordeel',
      left: 'Waarneming',
      right: 'oordeel',
      explanation: own('Zeg wat je ziet of hoort, zonder er iets van te vinden.'),
      example: own('„Ik zie dat de post al een week in de bus zit” in plaats van „U laat alles liggen”.'),
    },
    {
      id: 'gevoelens-quasi-gevoel',
      left: 'Gevoelens',
      right: 'quasi gevoel',
      explanation: own('Een gevoel zegt iets over jezelf. Een quasi-gevoel is een oordeel over een ander in de vorm van een gevoel.'),
      example: own('„Ik maak me zorgen” in plaats van „Ik voel me door u aan het lijntje gehouden”.'),
    },
    {
      id: 'behoeften-strategie',
      left: 'Behoeften',
      right: 'strategie',
      explanation: own('Een behoefte is wat iemand nodig heeft. Een strategie is één manier om dat te krijgen; er zijn er vaak meer.'),
      example: own('„U wilt rust in huis” (behoefte) in plaats van meteen „De buren moeten weg” (strategie).'),
    },
    {
      id: 'verzoeken-eis',
      left: 'Verzoeken',
      right: 'eis',
      explanation: own('Bij een verzoek mag de ander nee zeggen. Een eis dreigt: „als ik dit doe, dan …”.'),
      example: own('„Bent u bereid om morgen samen de brieven te openen?” in plaats van „U moet die brieven openen”.'),
    },
  ],
};
