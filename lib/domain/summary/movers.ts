import { roundScore } from "../peer-compare";
import type { SummaryStanding } from "./standings";

// Strengths, weaknesses and movers for the evaluation summary. Scores are 0–100 and already carry
// the indicator's direction (higher = better for every indicator), so no direction is needed here.
// The rules in words are messages (summary.method.strengthsRule, summary.method.moversRule).

export type ScoredStanding = SummaryStanding & { score: number };

function byRankThenKey(a: ScoredStanding, b: ScoredStanding, worseFirst: boolean): number {
  const ra = a.rank ?? Infinity;
  const rb = b.rank ?? Infinity;
  if (ra !== rb) return worseFirst ? rb - ra : ra - rb;
  return a.indicatorKey < b.indicatorKey ? -1 : a.indicatorKey > b.indicatorKey ? 1 : 0;
}

/** The n highest and n lowest scores, never the same indicator in both. */
export function strengthsAndWeaknesses(
  standings: SummaryStanding[],
  n = 3,
): { strengths: ScoredStanding[]; weaknesses: ScoredStanding[] } {
  const scored = standings.filter((s): s is ScoredStanding => s.score !== null && Number.isFinite(s.score));
  const best = [...scored].sort((a, b) => b.score - a.score || byRankThenKey(a, b, false));
  const worst = [...scored].sort((a, b) => a.score - b.score || byRankThenKey(a, b, true));
  const strengths = best.slice(0, Math.min(n, Math.ceil(scored.length / 2)));
  const taken = new Set(strengths.map((s) => s.indicatorKey));
  const weaknesses = worst.filter((s) => !taken.has(s.indicatorKey)).slice(0, Math.min(n, Math.floor(scored.length / 2)));
  return { strengths, weaknesses };
}

export type ScorePoint = { indicatorKey: string; value: number | null; score: number | null };

export type Mover = {
  indicatorKey: string;
  score: number;
  previousScore: number;
  /** score − previousScore, in points. */
  change: number;
  value: number | null;
  previousValue: number | null;
  /** value − previousValue, in the indicator's unit; null when either value is missing. */
  valueChange: number | null;
  /** From the score, so already direction-aware: a falling energy intensity is an improvement. */
  direction: "improved" | "worsened";
};

/** The n largest score changes since the previous year, largest first (ties by indicator key). */
export function biggestMovers(current: ScorePoint[], previous: ScorePoint[], n = 3): Mover[] {
  const before = new Map(previous.map((p) => [p.indicatorKey, p]));
  const movers: Mover[] = [];
  for (const now of current) {
    const then = before.get(now.indicatorKey);
    if (!then || now.score === null || then.score === null || !Number.isFinite(now.score) || !Number.isFinite(then.score)) continue;
    const change = now.score - then.score;
    if (roundScore(Math.abs(change)) === 0) continue;
    movers.push({
      indicatorKey: now.indicatorKey,
      score: now.score,
      previousScore: then.score,
      change,
      value: now.value,
      previousValue: then.value,
      valueChange: now.value !== null && then.value !== null ? now.value - then.value : null,
      direction: change > 0 ? "improved" : "worsened",
    });
  }
  movers.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.indicatorKey < b.indicatorKey ? -1 : a.indicatorKey > b.indicatorKey ? 1 : 0));
  return movers.slice(0, n);
}
