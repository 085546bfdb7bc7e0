/**
 * One regisseur per household (één gezin, één plan, één regisseur), kept as a chain of handover
 * rows (records/handovers.ts). Pure and deterministic: every device that holds the same rows
 * names the same regisseur, whatever order they arrived in.
 */

export interface HandoverLink {
  id: string;
  at: string;
  previousId: string | null;
  settled: boolean;
}

export interface RegisseurState<H extends HandoverLink> {
  /** The handover that made the current regisseur; null when none was named yet. */
  current: H | null;
  /** Handovers made at the same time as the current one (offline) that lost: shown, not lost. */
  contested: H[];
  /** Every handover, oldest first (the timeline keeps who, to whom, when, why). */
  history: H[];
}

const instant = (h: HandoverLink) => Date.parse(h.at);

/** Later wins; at the same instant the greater id, so every device chooses the same. */
function later<H extends HandoverLink>(a: H, b: H): H {
  const d = instant(a) - instant(b);
  if (d !== 0) return d > 0 ? a : b;
  return a.id > b.id ? a : b;
}

export function regisseurOf<H extends HandoverLink>(handovers: readonly H[]): RegisseurState<H> {
  const followed = new Set(handovers.map((h) => h.previousId).filter((id): id is string => id !== null));
  // A head is a handover no other follows: with one writer at a time there is exactly one.
  const heads = handovers.filter((h) => !followed.has(h.id));
  const current = heads.reduce<H | null>((best, h) => (best ? later(best, h) : h), null);
  const contested = heads.filter((h) => h !== current && !h.settled);
  const history = [...handovers].sort((a, b) => (later(a, b) === a ? 1 : -1));
  return { current, contested, history };
}

/** The handover a new one follows: the current one as this device sees it. */
export function previousForNewHandover(handovers: readonly HandoverLink[]): string | null {
  return regisseurOf(handovers).current?.id ?? null;
}
