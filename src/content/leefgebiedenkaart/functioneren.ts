import type { LifeDomain } from './types';

// Texts from "BIJLAGE BIJ DAG 3: LEEFGEBIEDENKAART", 4. FUNCTIONEREN.
export const functioneren: LifeDomain = {
  id: 'functioneren',
  number: 4,
  title: 'Functioneren',
  subdomains: [
    {
      id: 'praktisch-functioneren',
      title: 'Praktisch functioneren',
      topics: [
        { id: 'taal-computer', text: 'taal: spreken, lezen, schrijven, computer' },
        { id: 'huishouden-boodschappen', text: 'huishouden, boodschappen, inkopen' },
        { id: 'koken-eten', text: 'koken, eten' },
        { id: 'verzorging-kleding', text: 'verzorging, kleding' },
        { id: 'mobiliteit', text: 'mobiliteit: de straat opgaan, reizen, fiets, openbaar vervoer' },
        { id: 'afspraken-plannen', text: 'afspraken, plannen, agenda' },
      ],
    },
    {
      id: 'lichamelijk-functioneren',
      title: 'Lichamelijk functioneren',
      topics: [
        { id: 'algemene-gezondheid', text: 'algemene gezondheid, ADL-vaardigheden' },
        {
          id: 'lichamelijke-klachten',
          text: 'klachten: handicap, (chronische) ziekte, SOA, allergie, gebit, hygiëne en zelfzorg, dag- en nachtritme, voeding, verwaarlozing, te dik, beweging?',
        },
        { id: 'lichamelijke-behandeling', text: 'behandeling: huisarts / specialist / paramedisch, medicatie' },
        { id: 'extra-zorg', text: 'noodzaak extra zorg' },
      ],
    },
    {
      id: 'psychisch-functioneren',
      title: 'Psychisch functioneren',
      topics: [
        { id: 'zelfbeeld', text: 'zelfrespect, zelfbeeld, zelfwaardering, zelfbesef, welbevinden' },
        { id: 'stemming', text: 'stemming, slachtofferschap, zelfbeklag' },
        { id: 'psychiatrie', text: 'psychiatrie, psychopathologie, fobieën, verslaving, crisis (dreiging)' },
        { id: 'psychische-behandeling', text: 'behandeling' },
      ],
    },
    {
      id: 'zingeving',
      title: 'Zingeving',
      topics: [
        { id: 'drijfveren', text: 'persoonlijke drijfveren, enthousiasme, levenslust' },
        { id: 'levensovertuiging', text: 'levensovertuiging' },
        {
          id: 'geloofsovertuiging',
          text: 'geloofsovertuiging, aansluiting bij kerk, moskee, spirituele groepering, zingevende activiteiten, rituelen',
        },
      ],
    },
  ],
};
