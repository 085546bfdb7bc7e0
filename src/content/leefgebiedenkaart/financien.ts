import type { LifeDomain } from './types';

// Texts from "BIJLAGE BIJ DAG 3: LEEFGEBIEDENKAART", 3. FINANCIËN.
export const financien: LifeDomain = {
  id: 'financien',
  number: 3,
  title: 'Financiën',
  subdomains: [
    {
      id: 'inkomen',
      title: 'Inkomen',
      topics: [
        {
          id: 'inkomsten',
          text: 'inkomen: zwart/wit, hoeveel uit loon, handel, uitkering, pensioen, AOW, studiefinanciering, toeslagen, kinderbijslag, e.d.',
        },
      ],
    },
    {
      id: 'uitgaven',
      title: 'Uitgaven',
      topics: [
        {
          id: 'overzicht-financien',
          text: 'zijn inkomsten en uitgaven op orde? Is er overzicht? Bestedingspatroon, sparen, Financieel beheer?',
        },
        {
          id: 'soorten-uitgaven',
          text: 'uitgaven: huur, vaste lasten, verzekeringen, ziektekosten, huishouden, zakgeld, alimentatie',
        },
        { id: 'weggeven-gijzeling', text: 'weggeven, verslaving, financiele gijzeling?' },
      ],
    },
    {
      id: 'schulden',
      title: 'Schulden',
      topics: [
        { id: 'schulden-eigen-kring', text: 'in eigen kring' },
        { id: 'achterstallige-betalingen', text: 'achterstallige betalingen, huur nuts, e.d.' },
        { id: 'boetes-schuldeisers', text: 'boetes, schuldeisers' },
        { id: 'schuldregeling', text: 'aflossing, wsnp, minnelijke regeling, bewindvoering, e.d.' },
      ],
    },
  ],
};
