import type { LifeDomain } from './types';

// Texts from "BIJLAGE BIJ DAG 3: LEEFGEBIEDENKAART", 2. NACHT. The seed numbers these topics
// 1–8 across subdomains (a list-numbering artefact of the PDF), so the numbers are left out.
export const nacht: LifeDomain = {
  id: 'nacht',
  number: 2,
  title: 'Nacht',
  subdomains: [
    {
      id: 'huisvesting',
      title: 'Huisvesting',
      topics: [
        {
          id: 'woonsituatie',
          text: 'woonsituatie (zelfstandig, met familie anderen, inwoning, begeleid wonen, intramuraal)',
        },
        { id: 'knelpunten-wensen', text: 'problematiek / knelpunten / wensen: te klein, nuts' },
        { id: 'verplegingszorg-detentie', text: 'verplegingszorg, ziekenhuis, intramuraal, detentie' },
        { id: 'inrichting', text: 'inrichting / inventaris' },
      ],
    },
    {
      id: 'dak-en-thuisloos',
      title: 'Dak- en thuisloos',
      topics: [{ id: 'dreigende-huisuitzetting', text: 'dreigende huisuitzetting' }],
    },
    {
      id: 'veiligheid',
      title: 'Veiligheid',
      topics: [
        { id: 'buren-buurt', text: 'buren / buurt' },
        { id: 'beleving-urgentie', text: 'beleving, urgentie' },
        { id: 'justitie-politie', text: 'justitie/politie contacten, detentie' },
        { id: 'geweld-intimidatie', text: 'geweld, intimidatie, mishandeling, overlast' },
      ],
    },
  ],
};
