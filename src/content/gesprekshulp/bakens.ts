import { own, type BakensAid } from './types';

// "BIJLAGE BIJ DAG 2", slides 16–19 ("ACHT BAKENS VAN WELZIJN NIEUWE STIJL"). The reflection
// question is the app's own.
export const bakens: BakensAid = {
  kind: 'bakens',
  id: 'bakens',
  title: 'Acht bakens van Welzijn Nieuwe Stijl',
  reflection: own('Welk baken hielp vandaag? Kijk terug op het contact.'),
  bakens: [
    {
      id: 'vraaggericht',
      title: 'Vraaggericht werken',
      points: [
        'De vraag van de burger staat centraal, niet het aanbod van professional of organisatie',
        'Burger en professional werken samen aan vraagverheldering en zoeken samen uit wat de kern is van de vraag',
        'Niet alleen individuele vragen maar ook collectief',
        'Het „keukentafelgesprek‟',
      ],
    },
    {
      id: 'er-op-af',
      title: 'Direct er op af',
      points: [
        'Niet alle burgers stellen hun vraag, wellicht wel een behoefte. Professionals benaderen actief die burgers die geen ondersteuning willen of niet weten hoe ze die moeten organiseren',
      ],
    },
    {
      id: 'resultaatgericht',
      title: 'Resultaatgericht',
      points: [
        'Welk probleem los je op? Gemeenten formuleren opdrachten in termen van prestatie en zo mogelijk van resultaat, ook rekenen zij af op basis van prestaties/resultaten',
      ],
    },
    {
      id: 'ruimte-professional',
      title: 'Ruimte professional',
      points: [
        'Professionals beschikken over de juiste kennis en vaardigheden (w.o outreachend werken)',
        'Professionals zijn ondernemend',
        'Professionals krijgen ruimte, hun competenties zijn richtinggevend voor de uitvoering',
      ],
    },
    {
      id: 'informele-zorg',
      title: 'Informele zorg vs formele zorg',
      points: ['Verbeteren samenwerking tussen informele en formele zorg'],
    },
    {
      id: 'integraal',
      title: 'Integraal werken',
      points: [
        'Uitvoering richt zich op integrale, samenhangende aanpak van probleem van de burger',
        'Uitvoerende organisaties werken samen aan gezamenlijke probleemoplossing',
        'Gemeenten maken in hun beleid en uitbesteding samenhangende aanpak mogelijk',
      ],
    },
    {
      id: 'eigen-kracht',
      title: 'Eigen kracht burger',
      points: [
        'Uitgangspunt zijn de eigen mogelijkheden van de burger',
        'Ondersteuning loopt op van licht naar zwaar: faciliteren, ondersteunen, interveniëren, beschermen',
        'Eerst mogelijkheden van informele zorg gebruiken, dan pas formele zorg door professionals inzetten',
      ],
    },
    {
      id: 'collectief',
      title: 'Collectief vs individueel',
      points: ['Eerst mogelijkheden van collectieve welzijnsarrangementen inzetten, dan pas individuele voorzieningen'],
    },
  ],
};
