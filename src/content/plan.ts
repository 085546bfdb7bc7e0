import type {
  ActionStatus,
  ActorKind,
  CareKind,
  GoalStatus,
  ReachKind,
  RelationKind,
  SupportKind,
  SupportLevel,
  TieKind,
} from '../domain';

/**
 * The method's words for the plan and the network (bakens Welzijn Nieuwe Stijl, "eigen kracht
 * burger"; the integrale vragenlijst's planning rows; the ecogram of day 5).
 */

/** "Ondersteuning loopt op van licht naar zwaar: faciliteren, ondersteunen, interveniëren, beschermen". */
export const supportLevelLabels: Record<SupportLevel, string> = {
  faciliteren: 'Faciliteren',
  ondersteunen: 'Ondersteunen',
  intervenieren: 'Interveniëren',
  beschermen: 'Beschermen',
};

export const careLabels: Record<CareKind, string> = { informeel: 'Informele zorg', formeel: 'Formele zorg' };
export const reachLabels: Record<ReachKind, string> = { collectief: 'Collectief', individueel: 'Individueel' };

export const actorLabels: Record<ActorKind, string> = {
  bewoner: 'De bewoner zelf',
  netwerk: 'Iemand uit het netwerk',
  vrijwilliger: 'Een vrijwilliger',
  professional: 'Een professional of organisatie',
};

export const actionStatusLabels: Record<ActionStatus, string> = { open: 'Open', gedaan: 'Gedaan', 'niet-gelukt': 'Niet gelukt' };

export const goalStatusLabels: Record<GoalStatus, string> = {
  actief: 'Loopt',
  bereikt: 'Bereikt',
  losgelaten: 'Losgelaten',
  veranderd: 'Veranderd',
};

export const relationLabels: Record<RelationKind, string> = {
  familie: 'Familie',
  vriend: 'Vriend(in)',
  buur: 'Buren',
  vrijwilliger: 'Vrijwilliger',
  'kerk-moskee-club': 'Kerk, moskee of club',
  professional: 'Professional of organisatie',
};

export const tieLabels: Record<TieKind, string> = { sterk: 'Sterk', zwak: 'Zwak', gespannen: 'Gespannen', verbroken: 'Verbroken' };

/** How each tie is drawn, so it reads without colour too. */
export const tieLineLabels: Record<TieKind, string> = {
  sterk: 'doorgetrokken lijn',
  zwak: 'stippellijn',
  gespannen: 'zigzaglijn',
  verbroken: 'doorgekruiste lijn',
};

export const supportKindLabels: Record<SupportKind, string> = {
  praktisch: 'Praktische hulp',
  gezelschap: 'Gezelschap',
  advies: 'Advies',
  emotioneel: 'Emotionele steun',
};

/** The planning rows of the integrale vragenlijst. */
export const planningWords = {
  term: 'Op welke termijn (niet meer dan 2 weken)?',
  monitor: 'Wie gaat dat bewaken?',
} as const;

/**
 * The nudge, in the words of "Vragen aan burger zelf" and "Netwerk" of the vragenlijst; its "why"
 * are the bakens below (content/gesprekshulp/bakens.ts), so the method's words live in one place.
 */
export const nudgeWords = {
  question: 'Eerst eigen kracht: wat kan de bewoner zelf, en wie uit het netwerk kan helpen?',
  selfQuestion: 'Wat kunt uzelf op dit moment?',
  networkQuestion: 'Wie kan u nu helpen?',
} as const;

/** The bakens of Welzijn Nieuwe Stijl that say why the nudge asks (eigen kracht first). */
export const nudgeBakenIds = ['eigen-kracht', 'collectief'] as const;
