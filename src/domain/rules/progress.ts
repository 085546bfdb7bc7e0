/** Progress over time on the leefgebiedenkaart: the resident's and the worker's score side by side. */

/** A difference of this many points or more is worth talking about (a conversation, not an error). */
export const SCORE_DIFFERENCE_TO_DISCUSS = 3;

export interface ScoreMoment {
  takenOn: string;
  /** Scores by subdomain id. */
  resident: Readonly<Record<string, number | null>>;
  worker: Readonly<Record<string, number | null>>;
}

export interface ScorePoint {
  takenOn: string;
  resident: number | null;
  worker: number | null;
}

export interface SubdomainSeries {
  subdomainId: string;
  points: ScorePoint[];
}

export function scoresDiffer(point: ScorePoint): boolean {
  return point.resident !== null && point.worker !== null && Math.abs(point.resident - point.worker) >= SCORE_DIFFERENCE_TO_DISCUSS;
}

/**
 * The scores of each subdomain over the moments, oldest first, in the given subdomain order; a
 * subdomain without any score is left out. Two moments of one day: the later written counts.
 */
export function scoreSeries(moments: readonly ScoreMoment[], subdomainOrder: readonly string[]): SubdomainSeries[] {
  const byDay = new Map<string, ScoreMoment>();
  for (const moment of moments) byDay.set(moment.takenOn, moment);
  const days = [...byDay.keys()].sort();
  return subdomainOrder
    .map((subdomainId) => ({
      subdomainId,
      points: days.map((takenOn) => {
        const m = byDay.get(takenOn)!;
        return { takenOn, resident: m.resident[subdomainId] ?? null, worker: m.worker[subdomainId] ?? null };
      }),
    }))
    .filter((series) => series.points.some((p) => p.resident !== null || p.worker !== null));
}
