import type { LifeDomain } from './types';

// Texts from "BIJLAGE BIJ DAG 3: LEEFGEBIEDENKAART", 1. DAG. Repairs of the seed are listed
// in tests/unit/content/seed-text.ts.
export const dag: LifeDomain = {
  id: 'dag',
  number: 1,
  title: 'Dag',
  subdomains: [
    {
      id: 'dagbesteding',
      title: 'Dagbesteding',
      topics: [
        { id: 'dagindeling', text: 'dagindeling' },
        { id: 'betaald-werk', text: 'betaald werk (vast, onregelmatig), re-integratie' },
        { id: 'kinderopvang', text: 'kinderopvang (in eigen netwerk?)' },
        { id: 'school-opleiding', text: 'school, opleiding, inburgering, project, uitval, verzuim, startkwalificatie' },
      ],
    },
    {
      id: 'sociaal-functioneren',
      title: 'Sociaal functioneren',
      description:
        'gezinsrelaties, regie, mantelzorg, structuur opvoeding, (dreigende) ots, (dreigende) uhp, verwaarlozing',
      topics: [
        { id: 'sociale-vaardigheden', text: 'sociale vaardigheden / ondernemendheid' },
        { id: 'omgang-partner-kinderen', text: 'omgang met (ex-)partner, kinderen' },
        { id: 'relaties-seksualiteit', text: 'relaties / seksualiteit' },
        { id: 'overlast-gedrag', text: 'overlast / gedrag in het openbaar' },
        { id: 'conflicten', text: '(omgaan met) conflicten' },
        { id: 'opvoeding-kinderen', text: 'opvoeding kinderen' },
      ],
    },
    {
      id: 'netwerk',
      title: 'Netwerk',
      topics: [
        { id: 'aantal-contacten', text: 'aantal contacten, contact met buren, familie, kennissen, vrienden' },
        { id: 'informele-zorg', text: 'informele welzijn en zorg' },
        { id: 'uitstoting-discriminatie', text: 'uitstoting / discriminatie' },
        { id: 'contacten-hulpverleners', text: 'bestaande contacten met hulpverleners / medecliënten' },
        { id: 'buurthuis-geloofshuis', text: 'buurthuis / moskee / kerk / synagoge' },
      ],
    },
    {
      id: 'vrijetijdsbesteding',
      title: 'Vrijetijdsbesteding',
      topics: [
        { id: 'hobbys-sport', text: "hobby's / sport / club" },
        { id: 'vrijwilligerswerk', text: 'vrijwilligerswerk, buurtactiviteiten, moskee, kerk, café' },
        { id: 'vrienden-familie-opvang', text: 'vrienden / familie, dagopvang, zorg en hulpverlening' },
      ],
    },
  ],
};
