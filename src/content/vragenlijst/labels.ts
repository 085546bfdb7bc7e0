import type { Channel, Outcome } from '../../domain';

export const channelLabels: Record<Channel, string> = {
  telefoon: 'Telefoon',
  loket: 'Loket',
  huisbezoek: 'Huisbezoek / outreachend',
  eropaf: 'Erop af na een melding',
};

export const outcomeLabels: Record<Outcome, string> = {
  'niet-thuis': 'Niet thuis',
  'gesproken-aan-de-deur': 'Gesproken aan de deur',
  'afspraak-gemaakt': 'Afspraak gemaakt',
  'binnen-geweest': 'Binnen geweest',
  gesproken: 'Gesproken',
  'wil-geen-contact': 'Wil geen contact',
};

// At a door the worker may find nobody, talk on the doorstep or get in; by phone or at the
// desk the resident is already there, so only whether it went further matters.
const doorstepOutcomes: readonly Outcome[] = [
  'niet-thuis',
  'gesproken-aan-de-deur',
  'binnen-geweest',
  'afspraak-gemaakt',
  'wil-geen-contact',
];
const conversationOutcomes: readonly Outcome[] = ['gesproken', 'afspraak-gemaakt', 'wil-geen-contact'];

const outcomesByChannel: Record<Channel, readonly Outcome[]> = {
  telefoon: conversationOutcomes,
  loket: conversationOutcomes,
  huisbezoek: doorstepOutcomes,
  eropaf: doorstepOutcomes,
};

export function outcomesFor(channel: Channel): readonly Outcome[] {
  return outcomesByChannel[channel];
}
