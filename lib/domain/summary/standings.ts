import type { IndicatorStanding } from "../peer-compare";

// Shapes shared by the evaluation-summary modules (bottlenecks, movers, narrative).
// Scores here are on the 0–100 scale the pages show; the composite module works in 0–1.

/** A name stored in both languages: an area's or an indicator's name or unit, as the database holds it. */
export type Bilingual = { zh: string; en: string };

/** One area's standing on one indicator among its peers. */
export type SummaryStanding = {
  indicatorKey: string;
  /** 0–100 (the composite module's 0–1 indicator score × 100); null = no value this year. */
  score: number | null;
  /** Competition rank among the peers with a score (1 = best); null = not ranked. */
  rank: number | null;
  /** Number of peers with a score on this indicator. */
  ranked: number;
};

/** From the Compare view's standings (score 0–1) to the summary's (score 0–100). */
export function toSummaryStandings(standings: IndicatorStanding[]): SummaryStanding[] {
  return standings.map((s) => ({
    indicatorKey: s.indicatorKey,
    score: s.score === null ? null : s.score * 100,
    rank: s.rank,
    ranked: s.ranked,
  }));
}
