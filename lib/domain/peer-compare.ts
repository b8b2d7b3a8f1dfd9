import { median, quantile, rankDescending, type CompositeResult, type Observation } from "./composite";

// What the Compare view shows beside the composite: one area's standing per indicator, and its
// series against the peers' median and interquartile band.

export type IndicatorStanding = {
  indicatorKey: string;
  value: number | null;
  /** 0–1 after outlier treatment, transform, min–max and direction. */
  score: number | null;
  /** Rank among the members with a score (competition ranking, highest score first). */
  rank: number | null;
  ranked: number;
  peerMedian: number | null;
  best: { areaCode: string; value: number } | null;
};

export function indicatorStandings(result: CompositeResult, areaCode: string): IndicatorStanding[] {
  const byIndicator = new Map<string, CompositeResult["indicatorScores"]>();
  for (const s of result.indicatorScores) {
    const list = byIndicator.get(s.indicatorKey) ?? [];
    list.push(s);
    byIndicator.set(s.indicatorKey, list);
  }
  return result.methodology.indicatorsUsed.map((indicatorKey) => {
    const rows = byIndicator.get(indicatorKey) ?? [];
    const { ranks } = rankDescending(rows.map((r) => r.score));
    const index = rows.findIndex((r) => r.areaCode === areaCode);
    const own = rows[index];
    const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
    let best: IndicatorStanding["best"] = null;
    rows.forEach((r, i) => {
      if (ranks[i] === 1 && r.value !== null && best === null) best = { areaCode: r.areaCode, value: r.value };
    });
    return {
      indicatorKey,
      value: own?.value ?? null,
      score: own?.score ?? null,
      rank: index >= 0 ? (ranks[index] ?? null) : null,
      ranked: ranks.filter((r) => r !== null).length,
      peerMedian: median(values),
      best,
    };
  });
}

export type BandPoint = { year: number; value: number | null; median: number | null; q1: number | null; q3: number | null };

/** For each year: the area's value and the median and quartiles of the members' values. */
export function peerBand(observations: Observation[], members: string[], areaCode: string, indicatorKey: string, from: number, to: number): BandPoint[] {
  const memberSet = new Set(members);
  const byYear = new Map<number, number[]>();
  const own = new Map<number, number>();
  for (const o of observations) {
    if (o.indicatorKey !== indicatorKey || o.year < from || o.year > to || !memberSet.has(o.areaCode)) continue;
    const list = byYear.get(o.year) ?? [];
    list.push(o.value);
    byYear.set(o.year, list);
    if (o.areaCode === areaCode) own.set(o.year, o.value);
  }
  const points: BandPoint[] = [];
  for (let year = from; year <= to; year++) {
    const values = byYear.get(year) ?? [];
    points.push({ year, value: own.get(year) ?? null, median: median(values), q1: quantile(values, 0.25), q3: quantile(values, 0.75) });
  }
  return points;
}

/** Scores as the pages, the API and the downloads all show them: one decimal. */
export function roundScore(value: number | null, decimals = 1): number | null {
  if (value === null) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * The rows of a bar chart across peers, at most `size` of them: all when they fit, else the run of
 * `size` neighbours, by value (largest first, no data last, ties in the given order), around the
 * chosen area. A group of 1,500 areas as 1,500 bars would be a chart some 30,000 pixels tall.
 */
export function nearestPeers<T extends { value: number | null; highlight: boolean }>(rows: readonly T[], size: number): T[] {
  const sorted = [...rows].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  if (sorted.length <= size) return sorted;
  const at = Math.max(0, sorted.findIndex((r) => r.highlight));
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), sorted.length - size);
  return sorted.slice(start, start + size);
}
