// Composite index of an area among its peers, in the style of the European/Regional Innovation
// Scoreboards and the OECD/JRC Handbook on Constructing Composite Indicators. See docs/methodology.md,
// peer groups and the composite index.
//
// Per indicator, over the group's values in the window windowStart…Y (all peers × all years):
// clamp outliers at mean ± 2 SD, square-root transform when skewness > 1, min–max rescale to 0–1
// (1 − score for lower-is-better). Dimension = mean of its indicators × 100; composite = mean of the
// dimensions. Then ranks, percentiles, change since Y−1, performance groups and two sensitivity
// variants (z-scores, geometric aggregation). `methodology` says what was applied (members, window,
// clamped values, transformed indicators, thresholds), so the product can show it next to the numbers
// it produced; the rules in words are messages (lib/i18n/messages, "method" and "methodologyRules").
//
// Built for national groups (thousands of areas): observations are indexed once into one dense array
// per indicator, and every step is linear apart from the sorts.

export const SCORED_DIMENSIONS = ["entity", "factor", "structure"] as const;
export type ScoredDimension = (typeof SCORED_DIMENSIONS)[number];

export type ScoredIndicator = { key: string; direction: "higher" | "lower"; dimension: ScoredDimension };
export type Observation = { areaCode: string; indicatorKey: string; year: number; value: number };
/**
 * The observations as a feed, which calls `add` once per value: a caller reading hundreds of
 * thousands of rows passes one, so that no object is built per value.
 */
export type ObservationFeed = (add: (areaCode: string, indicatorKey: string, year: number, value: number) => void) => void;

/** A list of observations as a feed; a feed as it is. */
export function feedOf(observations: Observation[] | ObservationFeed): ObservationFeed {
  if (typeof observations === "function") return observations;
  return (add) => {
    for (const o of observations) add(o.areaCode, o.indicatorKey, o.year, o.value);
  };
}

export type CompositeInput = {
  year: number;
  /** First year of the window; default 2020. */
  windowStart?: number;
  /** The peer group. */
  areaCodes: string[];
  /** Scored indicators only (no context indicators). */
  indicators: ScoredIndicator[];
  /** May include other areas and years: only the group's values in windowStart…year are used. */
  observations: Observation[] | ObservationFeed;
};

export type Performance = "leader" | "strong" | "moderate" | "emerging";

export type CompositeArea = {
  areaCode: string;
  /** 0–100. */
  composite: number | null;
  /** 0–100 each. */
  dimensions: Record<ScoredDimension, number | null>;
  coverage: { indicators: number; indicatorsTotal: number; dimensions: number };
  rank: number | null;
  percentile: number | null;
  /** The composite for Y−1, computed with its own window windowStart…Y−1. */
  previousComposite: number | null;
  /** composite − previousComposite, in points. */
  change: number | null;
  performance: Performance | null;
  /** composite ÷ peer average (1 = at the average); the basis of `performance`. */
  relativeToAverage: number | null;
  ranks: { minMax: number | null; zScore: number | null; geometric: number | null };
  rankRange: { best: number; worst: number } | null;
};

export type IndicatorScore = {
  areaCode: string;
  indicatorKey: string;
  /** The raw value for year Y. */
  value: number | null;
  /** 0–1 after outlier treatment, transform, min–max and direction. */
  score: number | null;
};

export type ClampRecord = { indicatorKey: string; areaCode: string; year: number; from: number; to: number };

export type CompositeMethodology = {
  members: string[];
  indicatorsUsed: string[];
  clamped: ClampRecord[];
  transformed: string[];
  weights: "equal within dimension, equal across dimensions";
  sdKind: "population" | "sample";
  performanceThresholds: typeof PERFORMANCE_THRESHOLDS;
};

export type CompositeResult = {
  year: number;
  window: { from: number; to: number };
  areas: CompositeArea[];
  /** Every member × indicator, for year Y. */
  indicatorScores: IndicatorScore[];
  methodology: CompositeMethodology;
  /** Mean composite of the ranked areas. */
  peerAverage: number | null;
  /** Median composite of the ranked areas; median of each dimension over the members that have it. */
  peerMedian: { composite: number | null; dimensions: Record<ScoredDimension, number | null> };
};

export const DEFAULT_WINDOW_START = 2020;
export const OUTLIER_SD_MULTIPLE = 2;
export const SKEWNESS_THRESHOLD = 1;
/** Ratios of an area's composite to the peer average: leader above 1.25, strong from 1.00, moderate from 0.70. */
export const PERFORMANCE_THRESHOLDS = { leader: 1.25, strong: 1, moderate: 0.7 } as const;
/** Shift (in points on the 0–100 scale) used by the geometric-aggregation variant. */
export const GEOMETRIC_SHIFT = 1;
// Composites this close (points) count as equal: sums taken in different orders differ in the last bit.
const TIE_TOLERANCE = 1e-9;
// Floating-point slack on the performance thresholds, as in progress.ts.
const EPSILON = 1e-9;

// ---------------------------------------------------------------------------------------------
// Statistics (exported for other screens and for the tests)

export function mean(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i]!;
  return sum / n;
}

/** Population standard deviation (divides by n), the one used throughout the composite. */
export function populationSd(values: ArrayLike<number>): number | null {
  const m = mean(values);
  if (m === null) return null;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - m;
    ss += d * d;
  }
  return Math.sqrt(ss / values.length);
}

function minMaxOf(values: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/**
 * Adjusted Fisher–Pearson sample skewness G1 = √(n(n−1)) / (n−2) · m3 / m2^1.5, with m2 and m3 the
 * central moments (divided by n). It is what Excel's SKEW and most statistics packages report.
 * Null with fewer than 3 values or when all values are equal.
 */
export function skewness(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n < 3) return null;
  const { min, max } = minMaxOf(values);
  if (min === max) return null;
  const m = mean(values)!;
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i]! - m;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  if (m2 <= 0) return null;
  return (Math.sqrt(n * (n - 1)) / (n - 2)) * (m3 / Math.pow(m2, 1.5));
}

/**
 * Clamps, in place, the values beyond mean ± 2 SD (population SD) to the nearest value inside the
 * band: the largest value ≤ mean + 2 SD, or the smallest value ≥ mean − 2 SD. One pass, not
 * repeated. `onClamp` hears about every changed value.
 */
function clampInPlace(values: Float64Array, onClamp?: (index: number, from: number, to: number) => void): void {
  const n = values.length;
  if (n === 0) return;
  const { min, max } = minMaxOf(values);
  // Equal values have no outliers (and a rounding-noise SD must not invent some).
  if (min === max) return;
  const m = mean(values)!;
  const sd = populationSd(values)!;
  const upper = m + OUTLIER_SD_MULTIPLE * sd;
  const lower = m - OUTLIER_SD_MULTIPLE * sd;
  if (max <= upper && min >= lower) return;
  // The mean lies inside the band, so both of these exist.
  let highest = -Infinity;
  let lowest = Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v <= upper && v > highest) highest = v;
    if (v >= lower && v < lowest) lowest = v;
  }
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const to = v > upper ? highest : v < lower ? lowest : v;
    if (to !== v) {
      values[i] = to;
      onClamp?.(i, v, to);
    }
  }
}

/** Outlier treatment of one list of values (see clampInPlace); returns a new list and what changed. */
export function clampOutliers(values: number[]): { values: number[]; clamped: { index: number; from: number; to: number }[] } {
  const work = Float64Array.from(values);
  const clamped: { index: number; from: number; to: number }[] = [];
  clampInPlace(work, (index, from, to) => clamped.push({ index, from, to }));
  return { values: Array.from(work), clamped };
}

/**
 * The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics: position h = (n−1)·q,
 * value = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋) — Hyndman–Fan type 7, as R's default, numpy's default and
 * Excel's PERCENTILE.INC. Null for an empty list; non-finite values are ignored.
 */
export function quantile(values: number[], q: number): number | null {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q must lie in [0, 1], got ${q}`);
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function median(values: number[]): number | null {
  return quantile(values, 0.5);
}

export type PeerStats = { n: number; min: number; max: number; q1: number; median: number; q3: number; best: number | null };

/** Median and interquartile band of the peers' values for one indicator; best = max or min by direction. */
export function indicatorPeerStats(values: number[], direction?: "higher" | "lower" | "context"): PeerStats | null {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return null;
  const { min, max } = minMaxOf(finite);
  return {
    n: finite.length,
    min,
    max,
    q1: quantile(finite, 0.25)!,
    median: quantile(finite, 0.5)!,
    q3: quantile(finite, 0.75)!,
    best: direction === "higher" ? max : direction === "lower" ? min : null,
  };
}

/** Performance group from the ratio composite ÷ peer average. */
export function performanceGroup(ratio: number): Performance {
  const t = PERFORMANCE_THRESHOLDS;
  if (ratio > t.leader + EPSILON) return "leader";
  if (ratio >= t.strong - EPSILON) return "strong";
  if (ratio >= t.moderate - EPSILON) return "moderate";
  return "emerging";
}

/**
 * Standard competition ranking, highest first ("1, 2, 2, 4"); null values are unranked. Also the
 * percentile: ranked values strictly below ÷ (ranked count − 1) × 100, and 100 for a lone value.
 */
export function rankDescending(values: (number | null)[]): { ranks: (number | null)[]; percentiles: (number | null)[] } {
  const ranks: (number | null)[] = values.map(() => null);
  const percentiles: (number | null)[] = values.map(() => null);
  const order: number[] = [];
  values.forEach((v, i) => {
    if (v !== null && Number.isFinite(v)) order.push(i);
  });
  order.sort((a, b) => values[b]! - values[a]! || a - b);
  const count = order.length;
  let start = 0;
  while (start < count) {
    // A block of equal values: each within the tolerance of the one before it.
    let end = start + 1;
    while (end < count && values[order[end - 1]!]! - values[order[end]!]! <= TIE_TOLERANCE) end++;
    const below = count - end;
    const percentile = count === 1 ? 100 : (below / (count - 1)) * 100;
    for (let k = start; k < end; k++) {
      ranks[order[k]!] = start + 1;
      percentiles[order[k]!] = percentile;
    }
    start = end;
  }
  return { ranks, percentiles };
}

// ---------------------------------------------------------------------------------------------
// The composite

type Grid = {
  members: string[];
  indicators: ScoredIndicator[];
  windowStart: number;
  /** Years in the window windowStart…Y (0 when Y < windowStart). */
  yearCount: number;
  /** One array per indicator: cells[j][area × yearCount + (year − windowStart)], NaN where missing. */
  cells: Float64Array[];
};

function buildGrid(input: CompositeInput, windowStart: number): Grid {
  const members = [...new Set(input.areaCodes)];
  const seenKeys = new Set<string>();
  const indicators = input.indicators.filter((ind) => {
    const valid =
      (ind.direction === "higher" || ind.direction === "lower") &&
      (SCORED_DIMENSIONS as readonly string[]).includes(ind.dimension) &&
      !seenKeys.has(ind.key);
    if (valid) seenKeys.add(ind.key);
    return valid;
  });
  const yearCount = Math.max(0, input.year - windowStart + 1);
  const areaIndex = new Map(members.map((code, i) => [code, i]));
  const indicatorIndex = new Map(indicators.map((ind, j) => [ind.key, j]));
  const cells = indicators.map(() => new Float64Array(members.length * yearCount).fill(NaN));
  const add = (areaCode: string, indicatorKey: string, year: number, value: number) => {
    const y = year - windowStart;
    if (!(y >= 0 && y < yearCount) || !Number.isInteger(y) || !Number.isFinite(value)) return;
    const j = indicatorIndex.get(indicatorKey);
    if (j === undefined) return;
    const a = areaIndex.get(areaCode);
    if (a === undefined) return;
    // One value per area, indicator and year: the last one given wins.
    cells[j]![a * yearCount + y] = value;
  };
  feedOf(input.observations)(add);
  return { members, indicators, windowStart, yearCount, cells };
}

type WindowScores = {
  /** Per indicator, per area: min–max score (0–1, after direction) in the window's last year; NaN = no data. */
  minMax: Float64Array[];
  /** Same, z-score after direction. */
  z: Float64Array[];
  composite: (number | null)[];
  zComposite: (number | null)[];
  geometric: (number | null)[];
  dimensions: Record<ScoredDimension, (number | null)[]>;
  indicatorsWithData: number[];
  dimensionsAvailable: number[];
  clamped: ClampRecord[];
  transformed: string[];
};

type IndicatorWindowScores = { minMax: Float64Array; z: Float64Array; transformed: boolean };

/**
 * Steps a–c for one indicator over the window windowStart…windowStart+last: outliers, transform,
 * min–max (and z-scores), returning each area's scores in the last year (NaN where it has no value).
 */
function scoreIndicator(grid: Grid, j: number, last: number, clamped: ClampRecord[] | null): IndicatorWindowScores {
  const { members, yearCount } = grid;
  const indicator = grid.indicators[j]!;
  const cells = grid.cells[j]!;
  const areaCount = members.length;
  const width = last + 1;

  let n = 0;
  for (let a = 0; a < areaCount; a++) {
    for (let y = 0; y < width; y++) if (!Number.isNaN(cells[a * yearCount + y]!)) n++;
  }
  // The group's values in the window, with their cell positions and each area's value in the last year.
  const values = new Float64Array(n);
  const positions = new Int32Array(n);
  const lastIndex = new Int32Array(areaCount).fill(-1);
  let i = 0;
  for (let a = 0; a < areaCount; a++) {
    for (let y = 0; y < width; y++) {
      const v = cells[a * yearCount + y]!;
      if (Number.isNaN(v)) continue;
      values[i] = v;
      positions[i] = a * yearCount + y;
      if (y === last) lastIndex[a] = i;
      i++;
    }
  }

  // a. Outliers.
  clampInPlace(
    values,
    clamped
      ? (k, from, to) => {
          const p = positions[k]!;
          clamped.push({
            indicatorKey: indicator.key,
            areaCode: members[Math.floor(p / yearCount)]!,
            year: grid.windowStart + (p % yearCount),
            from,
            to,
          });
        }
      : undefined,
  );

  // b. Square root when skewed; shifted to start at 0 when any value is negative.
  const skew = skewness(values);
  const transformed = skew !== null && skew > SKEWNESS_THRESHOLD;
  if (transformed) {
    const { min } = minMaxOf(values);
    const shift = min < 0 ? -min : 0;
    for (let k = 0; k < n; k++) values[k] = Math.sqrt(values[k]! + shift);
  }

  // c. Min–max over the whole window; z-scores over the same values for the sensitivity check.
  const { min, max } = minMaxOf(values);
  const range = max - min;
  const m = mean(values) ?? 0;
  const sd = populationSd(values) ?? 0;
  const sign = indicator.direction === "higher" ? 1 : -1;
  const minMax = new Float64Array(areaCount).fill(NaN);
  const z = new Float64Array(areaCount).fill(NaN);
  for (let a = 0; a < areaCount; a++) {
    const k = lastIndex[a]!;
    if (k < 0) continue;
    const v = values[k]!;
    const score = range > 0 ? (v - min) / range : 0.5;
    minMax[a] = sign > 0 ? score : 1 - score;
    z[a] = sd > 0 ? (sign * (v - m)) / sd : 0;
  }
  return { minMax, z, transformed };
}

/** Scores the grid over the window windowStart…windowStart+last (last = offset of the scored year). */
function scoreWindow(grid: Grid, last: number, recordClamps: boolean): WindowScores {
  const { members, indicators } = grid;
  const areaCount = members.length;
  const clamped: ClampRecord[] = [];
  const transformed: string[] = [];
  const minMax: Float64Array[] = [];
  const z: Float64Array[] = [];
  for (let j = 0; j < indicators.length; j++) {
    const scores = scoreIndicator(grid, j, last, recordClamps ? clamped : null);
    minMax.push(scores.minMax);
    z.push(scores.z);
    if (scores.transformed) transformed.push(indicators[j]!.key);
  }

  // d. Dimensions and composite.
  const byDimension = SCORED_DIMENSIONS.map((dim) =>
    indicators.flatMap((ind, j) => (ind.dimension === dim ? [j] : [])),
  );
  const dimensionsWithIndicators = byDimension.filter((js) => js.length > 0).length;
  const dimensionsRequired = Math.min(2, dimensionsWithIndicators);

  const composite: (number | null)[] = [];
  const zComposite: (number | null)[] = [];
  const geometric: (number | null)[] = [];
  const dimensions: Record<ScoredDimension, (number | null)[]> = { entity: [], factor: [], structure: [] };
  const indicatorsWithData: number[] = [];
  const dimensionsAvailable: number[] = [];

  for (let a = 0; a < areaCount; a++) {
    let withData = 0;
    let available = 0;
    let sumScore = 0;
    let sumZ = 0;
    let sumLog = 0;
    SCORED_DIMENSIONS.forEach((dim, d) => {
      const js = byDimension[d]!;
      let k = 0;
      let s = 0;
      let sz = 0;
      for (const j of js) {
        const score = minMax[j]![a]!;
        if (Number.isNaN(score)) continue;
        k++;
        s += score;
        sz += z[j]![a]!;
      }
      withData += k;
      // Reported when at least half of the dimension's indicators have data.
      if (k > 0 && 2 * k >= js.length) {
        const dimScore = (s / k) * 100;
        dimensions[dim].push(dimScore);
        available++;
        sumScore += dimScore;
        sumZ += sz / k;
        sumLog += Math.log(dimScore + GEOMETRIC_SHIFT);
      } else {
        dimensions[dim].push(null);
      }
    });
    indicatorsWithData.push(withData);
    dimensionsAvailable.push(available);
    const ok = dimensionsRequired > 0 && available >= dimensionsRequired;
    composite.push(ok ? sumScore / available : null);
    zComposite.push(ok ? sumZ / available : null);
    geometric.push(ok ? Math.exp(sumLog / available) - GEOMETRIC_SHIFT : null);
  }

  return { minMax, z, composite, zComposite, geometric, dimensions, indicatorsWithData, dimensionsAvailable, clamped, transformed };
}

function emptyWindowScores(grid: Grid): WindowScores {
  const nulls = grid.members.map(() => null);
  return {
    minMax: grid.indicators.map(() => new Float64Array(grid.members.length).fill(NaN)),
    z: grid.indicators.map(() => new Float64Array(grid.members.length).fill(NaN)),
    composite: nulls,
    zComposite: nulls,
    geometric: nulls,
    dimensions: { entity: nulls, factor: nulls, structure: nulls },
    indicatorsWithData: grid.members.map(() => 0),
    dimensionsAvailable: grid.members.map(() => 0),
    clamped: [],
    transformed: [],
  };
}

function nonNull(values: (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

export function computeComposite(input: CompositeInput): CompositeResult {
  const windowStart = input.windowStart ?? DEFAULT_WINDOW_START;
  const grid = buildGrid(input, windowStart);
  const { members, indicators, yearCount } = grid;

  const current = yearCount >= 1 ? scoreWindow(grid, yearCount - 1, true) : emptyWindowScores(grid);
  const previous = yearCount >= 2 ? scoreWindow(grid, yearCount - 2, false) : emptyWindowScores(grid);

  // e. Ranks, percentiles, performance.
  const minMaxRanks = rankDescending(current.composite);
  const zRanks = rankDescending(current.zComposite).ranks;
  const geometricRanks = rankDescending(current.geometric).ranks;
  const ranked = nonNull(current.composite);
  const peerAverage = mean(ranked);

  const areas: CompositeArea[] = members.map((areaCode, a) => {
    const composite = current.composite[a]!;
    const previousComposite = previous.composite[a]!;
    const rank = minMaxRanks.ranks[a]!;
    const ranks = { minMax: rank, zScore: zRanks[a]!, geometric: geometricRanks[a]! };
    const all = [ranks.minMax, ranks.zScore, ranks.geometric].filter((r): r is number => r !== null);
    let relativeToAverage: number | null = null;
    if (composite !== null && peerAverage !== null) relativeToAverage = peerAverage > 0 ? composite / peerAverage : 1;
    return {
      areaCode,
      composite,
      dimensions: {
        entity: current.dimensions.entity[a]!,
        factor: current.dimensions.factor[a]!,
        structure: current.dimensions.structure[a]!,
      },
      coverage: {
        indicators: current.indicatorsWithData[a]!,
        indicatorsTotal: indicators.length,
        dimensions: current.dimensionsAvailable[a]!,
      },
      rank,
      percentile: minMaxRanks.percentiles[a]!,
      previousComposite,
      change: composite !== null && previousComposite !== null ? composite - previousComposite : null,
      performance: relativeToAverage === null ? null : performanceGroup(relativeToAverage),
      relativeToAverage,
      ranks,
      rankRange: rank === null || all.length === 0 ? null : { best: Math.min(...all), worst: Math.max(...all) },
    };
  });

  const indicatorScores: IndicatorScore[] = [];
  const lastOffset = yearCount - 1;
  members.forEach((areaCode, a) => {
    indicators.forEach((indicator, j) => {
      const raw = lastOffset >= 0 ? grid.cells[j]![a * yearCount + lastOffset]! : NaN;
      const score = current.minMax[j]![a]!;
      indicatorScores.push({
        areaCode,
        indicatorKey: indicator.key,
        value: Number.isNaN(raw) ? null : raw,
        score: Number.isNaN(score) ? null : score,
      });
    });
  });

  return {
    year: input.year,
    window: { from: windowStart, to: input.year },
    areas,
    indicatorScores,
    methodology: {
      members,
      indicatorsUsed: indicators.map((ind) => ind.key),
      clamped: current.clamped,
      transformed: current.transformed,
      weights: "equal within dimension, equal across dimensions",
      sdKind: "population",
      performanceThresholds: PERFORMANCE_THRESHOLDS,
    },
    peerAverage,
    peerMedian: {
      composite: median(ranked),
      dimensions: {
        entity: median(nonNull(current.dimensions.entity)),
        factor: median(nonNull(current.dimensions.factor)),
        structure: median(nonNull(current.dimensions.structure)),
      },
    },
  };
}
