import { inAllChannels, type Step } from './types';

export const CRISIS_STEP_ID = 'crisis';

/*
 * The CRISIS column of the integrale vragenlijst. It is not a contact channel but a situation
 * that can arise in any of them, so its texts hold for every channel. The column runs beside
 * the rows (its notice in the header row, its question beside "de eerste vraag"), so it has no
 * place in the row order; it comes last, and the UI may offer it at any moment.
 */
export const crisis: Step = {
  id: CRISIS_STEP_ID,
  title: 'Crisis',
  questions: [
    {
      id: 'crisis-ggd-politie',
      kind: 'notice',
      text: inAllChannels('Bij crisis of overlast gaat de GGD met politie op de melding af.'),
    },
    {
      id: 'crisiskaart',
      kind: 'open',
      text: inAllChannels(
        'Heeft u een crisiskaart of afspraken met uw omgeving over hoe om te gaan met uw crisis?',
      ),
    },
  ],
};
