import {
  supportLevels,
  type ActorKind,
  type CareKind,
  type ReachKind,
  type SupportLevel,
} from '../records/plan-actions';

/**
 * The method's order (bakens Welzijn Nieuwe Stijl, "eigen kracht burger"): support goes from
 * light to heavy (faciliteren → ondersteunen → interveniëren → beschermen), informal care before
 * formal care by professionals, collective arrangements before individual provisions. The app
 * nudges this order; it never enforces it.
 */

export function ladderRank(level: SupportLevel): number {
  return supportLevels.indexOf(level);
}

/** Informal help is what the resident, their network or a volunteer does; professionals are formal. */
export function defaultCare(whoKind: ActorKind): CareKind {
  return whoKind === 'professional' ? 'formeel' : 'informeel';
}

export interface LadderAction {
  whoKind: ActorKind;
  care?: CareKind;
  reach?: ReachKind;
  supportLevel?: SupportLevel | null;
}

/** Done by the resident or by someone of their (informal) network. */
export function isOwnOrNetwork(action: Pick<LadderAction, 'whoKind'>): boolean {
  return action.whoKind !== 'professional';
}

/** Sorts actions in the method's order: own and network first, collective first, light first. */
export function compareByMethod(a: LadderAction, b: LadderAction): number {
  const care = (x: LadderAction) => ((x.care ?? defaultCare(x.whoKind)) === 'informeel' ? 0 : 1);
  const reach = (x: LadderAction) => (x.reach === 'individueel' ? 1 : 0);
  const level = (x: LadderAction) => (x.supportLevel ? ladderRank(x.supportLevel) : 0);
  const own = (x: LadderAction) => (x.whoKind === 'bewoner' ? 0 : 1);
  return care(a) - care(b) || own(a) - own(b) || reach(a) - reach(b) || level(a) - level(b);
}

/**
 * Ask once whether the resident or the network could do (part of) it first: when a formal or
 * individual action is added to a goal that has no action of the resident's own or of the
 * network, and this goal was not asked about before.
 */
export function shouldNudge(added: LadderAction, others: readonly LadderAction[], alreadyAsked: boolean): boolean {
  if (alreadyAsked || isOwnOrNetwork(added)) return false;
  const heavy = (added.care ?? defaultCare(added.whoKind)) === 'formeel' || added.reach === 'individueel';
  return heavy && !others.some(isOwnOrNetwork);
}
