import { own, type ChecklistAid } from './types';

// "BIJLAGE BIJ DAG 2", slide 9 ("PRACTISCHE TIPS"; Dutch spelling: praktische).
export const voorVertrek: ChecklistAid = {
  kind: 'checklist',
  id: 'voor-vertrek',
  title: 'Praktische tips',
  intro: own('Voordat je op pad gaat.'),
  groups: [
    {
      title: 'Welke spullen heb je bij je:',
      items: [
        { id: 'telefoon', text: 'Mobiele telefoon' },
        { id: 'fiets', text: '(Dienst)fiets' },
        { id: 'folders', text: 'Neem folders/telefoonnummers mee' },
        { id: 'identiteitsbewijs', text: 'Identiteitsbewijs' },
      ],
    },
    {
      title: 'En verder:',
      items: [
        { id: 'gevoel', text: 'Luister naar je gevoel.' },
        {
          id: 'ruimte',
          text: 'Gebruik je discretionaire ruimte.',
          explanation: own('De ruimte die je hebt om zelf te beslissen wat hier nodig is.'),
        },
        {
          id: 'benoem',
          text: 'Benoem je gevoel. Ik boodschappen.',
          explanation: own('Zeg wat het met jou doet, met „ik”: „Ik schrik hiervan.”'),
        },
        { id: 'grenzen', text: 'Stel grenzen.' },
        { id: 'organisatie', text: 'Communiceer naar je organisatie.' },
      ],
    },
  ],
};
