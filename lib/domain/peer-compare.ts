import { feedOf, median, quantile, rankDescending, type CompositeResult, type Observation, type ObservationFeed } from "./composite";

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

export type PeerQuartiles = { year: number; median: number | null; q1: number | null; q3: number | null };
export type BandPoint = PeerQuartiles & { value: number | null };

/**
 * For each indicator and each year from…to: the median and quartiles of the members' values. It
 * depends on the group alone, so every member's comparison can share one.
 */
export function peerQuartiles(
  observations: Observation[] | ObservationFeed,
  members: readonly string[],
  indicatorKeys: readonly string[],
  from: number,
  to: number,
): Record<string, PeerQuartiles[]> {
  const memberSet = new Set(members);
  const wanted = new Set(indicatorKeys);
  const valuesOf = new Map<string, number[]>();
  feedOf(observations)((areaCode, indicatorKey, year, value) => {
    if (!wanted.has(indicatorKey) || year < from || year > to || !memberSet.has(areaCode)) return;
    const key = `${indicatorKey}|${year}`;
    const list = valuesOf.get(key);
    if (list) list.push(value);
    else valuesOf.set(key, [value]);
  });
  const out: Record<string, PeerQuartiles[]> = {};
  for (const indicatorKey of indicatorKeys) {
    out[indicatorKey] = [];
    for (let year = from; year <= to; year++) {
      const values = valuesOf.get(`${indicatorKey}|${year}`) ?? [];
      out[indicatorKey].push({ year, median: median(values), q1: quantile(values, 0.25), q3: quantile(values, 0.75) });
    }
  }
  return out;
}

/** One area's series of an indicator beside the members' quartiles: its value each year, null where it has none. */
export function peerBand(quartiles: readonly PeerQuartiles[], observations: readonly Observation[], areaCode: string, indicatorKey: string): BandPoint[] {
  const own = new Map<number, number>();
  for (const o of observations) if (o.areaCode === areaCode && o.indicatorKey === indicatorKey) own.set(o.year, o.value);
  return quartiles.map(({ year, median, q1, q3 }) => ({ year, value: own.get(year) ?? null, median, q1, q3 }));
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

/** Members the methodology names one by one: up to this many; a larger group is given by its count. */
export const MEMBERS_LISTED = 50;

/**
 * The codes of the areas a methodology names: every member of a group of up to `MEMBERS_LISTED`,
 * and the areas of the clamped values it lists. A national group's 3,000 names made up most of the
 * rankings page; its table, search and downloads hold every member.
 */
export function namedInMethodology(members: readonly string[], clampedListed: readonly { areaCode: string }[]): { membersListed: boolean; codes: string[] } {
  const membersListed = members.length <= MEMBERS_LISTED;
  const codes = new Set(membersListed ? members : []);
  for (const c of clampedListed) codes.add(c.areaCode);
  return { membersListed, codes: [...codes] };
}
