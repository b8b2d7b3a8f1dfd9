import { describe, expect, it } from "vitest";
import {
  clampOutliers,
  computeComposite,
  feedOf,
  indicatorPeerStats,
  mean,
  median,
  performanceGroup,
  populationSd,
  quantile,
  rankDescending,
  skewness,
  type CompositeArea,
  type CompositeResult,
  type Observation,
  type ScoredIndicator,
} from "@/lib/domain/composite";

// Every expectation below is worked out by hand; the comments show the arithmetic.
// Notation: mm = min–max score (0–1) before direction; SD = population SD (divides by n);
// G1 = adjusted Fisher–Pearson skewness = √(n(n−1))/(n−2) · m3/m2^1.5.

function obs(year: number, indicatorKey: string, byArea: Record<string, number>): Observation[] {
  return Object.entries(byArea).map(([areaCode, value]) => ({ areaCode, indicatorKey, year, value }));
}

function area(result: CompositeResult, code: string): CompositeArea {
  const found = result.areas.find((a) => a.areaCode === code);
  if (!found) throw new Error(`no area ${code}`);
  return found;
}

function score(result: CompositeResult, code: string, key: string): number | null {
  return result.indicatorScores.find((s) => s.areaCode === code && s.indicatorKey === key)?.score ?? null;
}

const higher = (key: string, dimension: ScoredIndicator["dimension"]): ScoredIndicator => ({ key, direction: "higher", dimension });
const lower = (key: string, dimension: ScoredIndicator["dimension"]): ScoredIndicator => ({ key, direction: "lower", dimension });

describe("statistics helpers", () => {
  it("mean and population SD", () => {
    expect(mean([])).toBeNull();
    expect(populationSd([])).toBeNull();
    // mean = (10+20+30)/3 = 20; SD = √((100+0+100)/3) = √66.6667 = 8.1649658
    expect(mean([10, 20, 30])).toBe(20);
    expect(populationSd([10, 20, 30])).toBeCloseTo(8.1649658, 6);
  });

  it("skewness is the adjusted Fisher–Pearson G1", () => {
    // {0,1,4,16}: mean 21/4 = 5.25; deviations −5.25, −4.25, −1.25, 10.75
    // m2 = (27.5625 + 18.0625 + 1.5625 + 115.5625)/4 = 162.75/4 = 40.6875
    // m3 = (−144.703125 − 76.765625 − 1.953125 + 1242.296875)/4 = 1018.875/4 = 254.71875
    // g1 = 254.71875 / 40.6875^1.5 = 254.71875 / 259.532356 = 0.9814528
    // G1 = g1 · √(4·3)/2 = 0.9814528 · 1.7320508 = 1.6999261
    expect(skewness([0, 1, 4, 16])).toBeCloseTo(1.6999261, 6);
    // Shifting does not change skewness: {−1,0,3,15} = {0,1,4,16} − 1
    expect(skewness([3, -1, 15, 0])).toBeCloseTo(1.6999261, 6);
    // Symmetric values: m3 = 0
    expect(skewness([10, 20, 30])).toBeCloseTo(0, 12);
    // Undefined below 3 values or for equal values
    expect(skewness([1, 2])).toBeNull();
    expect(skewness([4, 4, 4])).toBeNull();
  });

  it("clamps a value beyond mean + 2 SD to the largest value inside the band", () => {
    // {1,2,3,4,5,6,7,40}: mean = 68/8 = 8.5
    // squared deviations: 56.25 + 42.25 + 30.25 + 20.25 + 12.25 + 6.25 + 2.25 + 992.25 = 1162 → var = 145.25
    // SD = √145.25 = 12.0519708; band = 8.5 ± 24.1039416 = [−15.6039416, 32.6039416]
    // 40 > 32.604 → clamped to the largest value ≤ 32.604, which is 7
    const result = clampOutliers([1, 2, 3, 4, 5, 6, 7, 40]);
    expect(result.values).toEqual([1, 2, 3, 4, 5, 6, 7, 7]);
    expect(result.clamped).toEqual([{ index: 7, from: 40, to: 7 }]);
    // The mirror image clamps at the bottom: −40 < −32.604 → smallest value ≥ −32.604 = −7
    const mirrored = clampOutliers([-1, -2, -3, -4, -5, -6, -7, -40]);
    expect(mirrored.clamped).toEqual([{ index: 7, from: -40, to: -7 }]);
  });

  it("uses the population SD for the band", () => {
    // {0,0,0,0,2,6}: mean 8/6 = 1.3333; squared deviations 4·1.7778 + 0.4444 + 21.7778 = 29.3333
    // population SD = √(29.3333/6) = 2.2111 → upper 1.3333 + 4.4222 = 5.7556 < 6 → 6 clamped to 2
    // (a sample SD, √(29.3333/5) = 2.4221, would give 6.1775 and keep the 6)
    expect(clampOutliers([0, 0, 0, 0, 2, 6]).clamped).toEqual([{ index: 5, from: 6, to: 2 }]);
  });

  it("cannot clamp a lone extreme in a small list", () => {
    // {0,0,0,0,100}: mean 20, SD = √((4·400 + 6400)/5) = √1600 = 40; band [−60, 100]: 100 is inside
    expect(clampOutliers([0, 0, 0, 0, 100]).clamped).toEqual([]);
    expect(clampOutliers([5, 5, 5]).clamped).toEqual([]);
  });

  it("quantile interpolates linearly between order statistics (type 7)", () => {
    expect(quantile([], 0.5)).toBeNull();
    // n = 4: h = (4−1)·0.25 = 0.75 → 1 + 0.75·(2−1) = 1.75
    expect(quantile([4, 2, 3, 1], 0.25)).toBeCloseTo(1.75, 12);
    // h = 3·0.75 = 2.25 → 3 + 0.25·(4−3) = 3.25
    expect(quantile([4, 2, 3, 1], 0.75)).toBeCloseTo(3.25, 12);
    expect(quantile([4, 2, 3, 1], 0)).toBe(1);
    expect(quantile([4, 2, 3, 1], 1)).toBe(4);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it("indicatorPeerStats gives the IQR band and the best value by direction", () => {
    // sorted 10, 20, 30, 40, 50: q1 at h = 1 → 20; median at h = 2 → 30; q3 at h = 3 → 40
    expect(indicatorPeerStats([30, 10, 50, 20, 40], "lower")).toEqual({ n: 5, min: 10, max: 50, q1: 20, median: 30, q3: 40, best: 10 });
    expect(indicatorPeerStats([30, 10, 50, 20, 40], "higher")?.best).toBe(50);
    expect(indicatorPeerStats([30, 10], "context")?.best).toBeNull();
    expect(indicatorPeerStats([])).toBeNull();
  });

  it("performance groups: leader > 1.25 ≥ strong ≥ 1.00 > moderate ≥ 0.70 > emerging", () => {
    expect(performanceGroup(1.3)).toBe("leader");
    expect(performanceGroup(1.25)).toBe("strong");
    expect(performanceGroup(1)).toBe("strong");
    expect(performanceGroup(0.99)).toBe("moderate");
    expect(performanceGroup(0.7)).toBe("moderate");
    expect(performanceGroup(0.69)).toBe("emerging");
    // Floating-point noise at a boundary does not move an area across it
    expect(performanceGroup(0.7 - 1e-12)).toBe("moderate");
  });

  it("ranks by standard competition ranking with percentiles among the ranked", () => {
    const { ranks, percentiles } = rankDescending([50, null, 70, 50, 10]);
    // 70 → 1; 50, 50 → 2, 2; 10 → 4 (rank 3 skipped); null unranked
    expect(ranks).toEqual([2, null, 1, 2, 4]);
    // 4 ranked: 70 has 3 below → 3/3 = 100; each 50 has 1 below → 1/3 = 33.33; 10 → 0/3 = 0
    expect(percentiles[2]).toBeCloseTo(100, 10);
    expect(percentiles[0]).toBeCloseTo(33.333333, 5);
    expect(percentiles[3]).toBeCloseTo(33.333333, 5);
    expect(percentiles[4]).toBe(0);
    expect(percentiles[1]).toBeNull();
    // 0.1 + 0.2 = 0.30000000000000004 counts as equal to 0.3
    expect(rankDescending([0.1 + 0.2, 0.3]).ranks).toEqual([1, 1]);
    expect(rankDescending([42]).percentiles).toEqual([100]);
  });
});

describe("computeComposite: a worked example (3 areas, 2020, one indicator per dimension)", () => {
  const indicators = [higher("e1", "entity"), higher("f1", "factor"), lower("s1", "structure")];
  // Computed inside each test, not once for the block, so that mutation testing sees which tests
  // cover which code (a result computed while the block is collected counts for no test).
  const compute = () => computeComposite({
    year: 2020,
    areaCodes: ["a", "b", "c"],
    indicators,
    observations: [
      ...obs(2020, "e1", { a: 10, b: 20, c: 30 }),
      ...obs(2020, "f1", { a: 6, b: 2, c: 4 }),
      ...obs(2020, "s1", { a: 0.5, b: 1.0, c: 1.5 }),
    ],
  });

  it("gives the same result from a feed of the observations as from their list", () => {
    const result = compute();
    const list = [...obs(2020, "e1", { a: 10, b: 20, c: 30 }), ...obs(2020, "f1", { a: 6, b: 2, c: 4 }), ...obs(2020, "s1", { a: 0.5, b: 1.0, c: 1.5 })];
    const fed = computeComposite({ year: 2020, areaCodes: ["a", "b", "c"], indicators, observations: (add) => list.forEach((o) => add(o.areaCode, o.indicatorKey, o.year, o.value)) });
    expect(fed).toEqual(result);
    // b's e1 (20) no longer fed: b has no entity score and a smaller composite.
    const fewer = computeComposite({ year: 2020, areaCodes: ["a", "b", "c"], indicators, observations: feedOf(list.filter((o) => !(o.areaCode === "b" && o.indicatorKey === "e1"))) });
    expect(score(fewer, "b", "e1")).toBeNull();
  });

  it("scores each indicator by min–max, inverted for lower-is-better", () => {
    const result = compute();
    // Each indicator has 3 evenly spaced values: no outlier can exist with n = 3 (max |z| = √2),
    // and the skewness is 0, so no transform.
    expect(result.methodology.clamped).toEqual([]);
    expect(result.methodology.transformed).toEqual([]);
    // e1: min 10, max 30 → a (10−10)/20 = 0, b 10/20 = 0.5, c 20/20 = 1
    expect(score(result, "a", "e1")).toBeCloseTo(0, 12);
    expect(score(result, "b", "e1")).toBeCloseTo(0.5, 12);
    expect(score(result, "c", "e1")).toBeCloseTo(1, 12);
    // f1: min 2, max 6 → a 4/4 = 1, b 0, c 2/4 = 0.5
    expect(score(result, "a", "f1")).toBeCloseTo(1, 12);
    expect(score(result, "b", "f1")).toBeCloseTo(0, 12);
    expect(score(result, "c", "f1")).toBeCloseTo(0.5, 12);
    // s1 (lower is better): mm a 0, b 0.5, c 1 → 1 − mm: a 1, b 0.5, c 0
    expect(score(result, "a", "s1")).toBeCloseTo(1, 12);
    expect(score(result, "b", "s1")).toBeCloseTo(0.5, 12);
    expect(score(result, "c", "s1")).toBeCloseTo(0, 12);
    expect(result.indicatorScores.find((s) => s.areaCode === "c" && s.indicatorKey === "s1")?.value).toBe(1.5);
  });

  it("averages dimensions into the composite", () => {
    const result = compute();
    // a: entity 0, factor 100, structure 100 → (0+100+100)/3 = 66.6667
    expect(area(result, "a").dimensions).toEqual({ entity: 0, factor: 100, structure: 100 });
    expect(area(result, "a").composite).toBeCloseTo(66.666667, 5);
    // b: 50, 0, 50 → 100/3 = 33.3333
    expect(area(result, "b").composite).toBeCloseTo(33.333333, 5);
    // c: 100, 50, 0 → 150/3 = 50
    expect(area(result, "c").composite).toBeCloseTo(50, 10);
    expect(area(result, "c").coverage).toEqual({ indicators: 3, indicatorsTotal: 3, dimensions: 3 });
  });

  it("ranks, percentiles and performance groups", () => {
    const result = compute();
    // a 66.67 > c 50 > b 33.33
    expect([area(result, "a").rank, area(result, "c").rank, area(result, "b").rank]).toEqual([1, 2, 3]);
    // percentile = below/(3−1)·100: a 2/2 = 100, c 1/2 = 50, b 0
    expect(area(result, "a").percentile).toBeCloseTo(100, 10);
    expect(area(result, "c").percentile).toBeCloseTo(50, 10);
    expect(area(result, "b").percentile).toBe(0);
    // peer average = (66.6667 + 33.3333 + 50)/3 = 150/3 = 50
    expect(result.peerAverage).toBeCloseTo(50, 10);
    // ratios: a 66.6667/50 = 1.3333 → leader; c 50/50 = 1 → strong; b 33.3333/50 = 0.6667 → emerging
    expect(area(result, "a").relativeToAverage).toBeCloseTo(1.333333, 5);
    expect(area(result, "a").performance).toBe("leader");
    expect(area(result, "c").performance).toBe("strong");
    expect(area(result, "b").performance).toBe("emerging");
    // medians: composite (33.33, 50, 66.67) → 50; entity (0, 50, 100) → 50; factor (100, 0, 50) → 50;
    // structure (100, 50, 0) → 50
    expect(result.peerMedian.composite).toBeCloseTo(50, 10);
    expect(result.peerMedian.dimensions).toEqual({ entity: 50, factor: 50, structure: 50 });
  });

  it("sensitivity ranks agree here", () => {
    const result = compute();
    // z-scores, SD of 3 evenly spaced values with step s = s·√(2/3): z = −1.2247, 0, +1.2247
    // z composite: a (−1.2247 + 1.2247 + 1.2247)/3 = 0.4082; b (0 − 1.2247 + 0)/3 = −0.4082; c (1.2247 + 0 − 1.2247)/3 = 0
    // geometric: a (1·101·101)^(1/3) − 1 = 20.69; b (51·1·51)^(1/3) − 1 = 12.75; c (101·51·1)^(1/3) − 1 = 16.27
    expect(area(result, "a").ranks).toEqual({ minMax: 1, zScore: 1, geometric: 1 });
    expect(area(result, "c").ranks).toEqual({ minMax: 2, zScore: 2, geometric: 2 });
    expect(area(result, "b").ranks).toEqual({ minMax: 3, zScore: 3, geometric: 3 });
    expect(area(result, "c").rankRange).toEqual({ best: 2, worst: 2 });
  });

  it("records the method next to the numbers", () => {
    const result = compute();
    const m = result.methodology;
    expect(m.members).toEqual(["a", "b", "c"]);
    expect(m.indicatorsUsed).toEqual(["e1", "f1", "s1"]);
    expect(m.sdKind).toBe("population");
    expect(m.weights).toBe("equal within dimension, equal across dimensions");
    expect(m.performanceThresholds).toEqual({ leader: 1.25, strong: 1, moderate: 0.7 });
    expect(result.window).toEqual({ from: 2020, to: 2020 });
    // No 2019 inside a window that starts in 2020
    expect(area(result, "a").previousComposite).toBeNull();
    expect(area(result, "a").change).toBeNull();
  });
});

describe("computeComposite: ties", () => {
  it("gives equal composites the same rank and skips the next", () => {
    const result = computeComposite({
      year: 2020,
      areaCodes: ["p", "q", "r", "s"],
      indicators: [higher("e1", "entity"), higher("f1", "factor"), higher("s1", "structure")],
      observations: [
        // each set is symmetric about its mean (skewness 0), and n = 4 allows no outliers
        ...obs(2020, "e1", { p: 4, q: 2, r: 2, s: 0 }), // mm p 1, q 0.5, r 0.5, s 0
        ...obs(2020, "f1", { p: 4, q: 4, r: 0, s: 0 }), // mm p 1, q 1, r 0, s 0
        ...obs(2020, "s1", { p: 4, q: 0, r: 4, s: 0 }), // mm p 1, q 0, r 1, s 0
      ],
    });
    // p (100+100+100)/3 = 100; q (50+100+0)/3 = 50; r (50+0+100)/3 = 50; s 0
    expect(area(result, "p").composite).toBeCloseTo(100, 10);
    expect(area(result, "q").composite).toBeCloseTo(50, 10);
    expect(area(result, "r").composite).toBeCloseTo(50, 10);
    expect(area(result, "s").composite).toBeCloseTo(0, 10);
    expect(result.areas.map((a) => a.rank)).toEqual([1, 2, 2, 4]);
    // percentiles: p 3/3 = 100; q, r 1 below (s) → 1/3 = 33.33; s 0
    expect(area(result, "q").percentile).toBeCloseTo(33.333333, 5);
    expect(area(result, "r").percentile).toBeCloseTo(33.333333, 5);
    // average (100+50+50+0)/4 = 50: p 2 → leader; q, r 1 → strong; s 0 → emerging
    expect(result.areas.map((a) => a.performance)).toEqual(["leader", "strong", "strong", "emerging"]);
    // z: e1 mean 2, SD √((4+0+0+4)/4) = √2 → p 1.4142, q 0, r 0, s −1.4142; f1, s1 mean 2, SD 2 → ±1
    // z composite: p (1.4142+1+1)/3 = 1.1381; q (0+1−1)/3 = 0; r (0−1+1)/3 = 0; s −1.1381 → 1, 2, 2, 4
    // geometric: p 100; q = r = (51·101·1)^(1/3) − 1 = 16.27; s (1·1·1)^(1/3) − 1 = 0 → 1, 2, 2, 4
    expect(area(result, "q").ranks).toEqual({ minMax: 2, zScore: 2, geometric: 2 });
    expect(area(result, "s").ranks).toEqual({ minMax: 4, zScore: 4, geometric: 4 });
  });
});

describe("computeComposite: outlier treatment", () => {
  // One indicator over two years (window 2019–2020): 4 areas × 2 years = 8 values.
  // Computed inside each test, not once for the block, so that mutation testing sees which tests
  // cover which code (a result computed while the block is collected counts for no test).
  const compute = () => computeComposite({
    year: 2020,
    windowStart: 2019,
    areaCodes: ["w", "x", "y", "z"],
    indicators: [higher("e1", "entity")],
    observations: [...obs(2019, "e1", { w: 1, x: 3, y: 5, z: 7 }), ...obs(2020, "e1", { w: 2, x: 4, y: 6, z: 40 })],
  });

  it("clamps z's 40 in 2020 to 7 and records it", () => {
    const result = compute();
    // all 8 values {1,3,5,7,2,4,6,40}: mean 8.5, SD √145.25 = 12.0520 → upper bound 8.5 + 24.1039 = 32.6039
    // 40 > 32.6039 → clamped to the largest value ≤ 32.6039, which is 7 (z's own 2019 value)
    expect(result.methodology.clamped).toEqual([{ indicatorKey: "e1", areaCode: "z", year: 2020, from: 40, to: 7 }]);
    // After clamping {1,2,3,4,5,6,7,7}: mean 4.375; m2 = 35.875/8 = 4.484375; m3 = −13.78125/8 = −1.72265625
    // G1 = √56/6 · (−1.72265625 / 4.484375^1.5) = 1.2472191 · (−1.72265625 / 9.4962663) = −0.2262500 → no transform
    expect(skewness([1, 2, 3, 4, 5, 6, 7, 7])).toBeCloseTo(-0.22625, 5);
    expect(result.methodology.transformed).toEqual([]);
  });

  it("rescales with the clamped min and max over both years", () => {
    const result = compute();
    // min 1, max 7: w (2−1)/6 = 0.1667, x 3/6 = 0.5, y 5/6 = 0.8333, z (7−1)/6 = 1
    expect(score(result, "w", "e1")).toBeCloseTo(0.1666667, 6);
    expect(score(result, "x", "e1")).toBeCloseTo(0.5, 10);
    expect(score(result, "y", "e1")).toBeCloseTo(0.8333333, 6);
    expect(score(result, "z", "e1")).toBeCloseTo(1, 10);
    // The raw value is reported unclamped
    expect(result.indicatorScores.find((s) => s.areaCode === "z")?.value).toBe(40);
    // Only one dimension has indicators, so the composite is that dimension: w 16.67, …, z 100
    expect(area(result, "w").composite).toBeCloseTo(16.666667, 5);
    expect(area(result, "w").coverage).toEqual({ indicators: 1, indicatorsTotal: 1, dimensions: 1 });
    expect(area(result, "z").rank).toBe(1);
  });

  it("computes last year's composite in its own window", () => {
    const result = compute();
    // 2019 alone: {1,3,5,7}, min 1, max 7 → w 0, x 2/6, y 4/6, z 1 → 0, 33.33, 66.67, 100
    expect(area(result, "w").previousComposite).toBeCloseTo(0, 10);
    expect(area(result, "x").previousComposite).toBeCloseTo(33.333333, 5);
    // change: w 16.67 − 0 = 16.67; z 100 − 100 = 0
    expect(area(result, "w").change).toBeCloseTo(16.666667, 5);
    expect(area(result, "z").change).toBeCloseTo(0, 10);
  });
});

describe("computeComposite: skewed indicators", () => {
  it("square-roots an indicator with skewness > 1, shifting negative values to 0 first", () => {
    const result = computeComposite({
      year: 2020,
      areaCodes: ["a", "b", "c", "d"],
      indicators: [higher("e1", "entity"), lower("f1", "factor")],
      observations: [
        // e1 {0,1,4,16}: G1 = 1.6999 > 1 (see the helper test; the unadjusted g1 = 0.98 would not transform). Outliers? mean 5.25, SD √40.6875 = 6.3787,
        // upper bound 5.25 + 12.7574 = 18.0074 > 16 → none. √ → {0,1,2,4}: min 0, max 4
        // → a 0, b 0.25, c 0.5, d 1
        ...obs(2020, "e1", { a: 0, b: 1, c: 4, d: 16 }),
        // f1 {3,−1,15,0}: the same set shifted by −1, so G1 = 1.6999 again. Min −1 < 0 → shift by +1:
        // {4,0,16,1} → √ → {2,0,4,1}: min 0, max 4 → mm a 0.5, b 0, c 1, d 0.25
        // lower is better → 1 − mm: a 0.5, b 1, c 0, d 0.75
        ...obs(2020, "f1", { a: 3, b: -1, c: 15, d: 0 }),
      ],
    });
    expect(result.methodology.transformed).toEqual(["e1", "f1"]);
    expect(result.methodology.clamped).toEqual([]);
    expect([score(result, "a", "e1"), score(result, "b", "e1"), score(result, "c", "e1"), score(result, "d", "e1")]).toEqual([0, 0.25, 0.5, 1]);
    expect(score(result, "a", "f1")).toBeCloseTo(0.5, 12);
    expect(score(result, "b", "f1")).toBeCloseTo(1, 12);
    expect(score(result, "c", "f1")).toBeCloseTo(0, 12);
    expect(score(result, "d", "f1")).toBeCloseTo(0.75, 12);
    // composite (two dimensions with indicators, both needed): a (0+50)/2 = 25; b (25+100)/2 = 62.5;
    // c (50+0)/2 = 25; d (100+75)/2 = 87.5
    expect(result.areas.map((a) => a.composite)).toEqual([25, 62.5, 25, 87.5]);
    // ranks: d 1, b 2, a and c tie at 3
    expect(result.areas.map((a) => a.rank)).toEqual([3, 2, 3, 1]);
    // average (25+62.5+25+87.5)/4 = 50; ratios d 1.75 → leader; b 62.5/50 = 1.25 exactly → strong (not
    // leader: the leader line is strictly above 1.25); a, c 0.5 → emerging
    expect(result.peerAverage).toBe(50);
    expect(result.areas.map((a) => a.performance)).toEqual(["emerging", "strong", "emerging", "leader"]);
    // percentiles: d 3/3 = 100; b 2/3 = 66.67; a, c 0
    expect(area(result, "b").percentile).toBeCloseTo(66.666667, 5);
  });
});

describe("computeComposite: too little data", () => {
  // Entity has 3 indicators (at least 2 needed), factor and structure 1 each.
  // Computed inside each test, not once for the block, so that mutation testing sees which tests
  // cover which code (a result computed while the block is collected counts for no test).
  const compute = () => computeComposite({
    year: 2020,
    areaCodes: ["p", "q", "r"],
    indicators: [higher("e1", "entity"), higher("e2", "entity"), higher("e3", "entity"), higher("f1", "factor"), lower("s1", "structure")],
    observations: [
      ...obs(2020, "e1", { p: 10, q: 30, r: 20 }), // min 10, max 30 → p 0, q 1, r 0.5 (symmetric, no transform)
      ...obs(2020, "e2", { p: 5, r: 7 }), // p 0, r 1
      ...obs(2020, "e3", { p: 3 }), // one value: max = min → 0.5
      ...obs(2020, "f1", { p: 2, q: 1 }), // p 1, q 0
      ...obs(2020, "s1", { p: 8, q: 6 }), // mm p 1, q 0 → lower: p 0, q 1
    ],
  });

  it("drops a dimension with fewer than half of its indicators", () => {
    const result = compute();
    // p: entity (0 + 0 + 0.5)/3 · 100 = 16.667; factor 100; structure 0 → (16.667 + 100 + 0)/3 = 38.889
    expect(area(result, "p").dimensions.entity).toBeCloseTo(16.666667, 5);
    expect(area(result, "p").composite).toBeCloseTo(38.888889, 5);
    // q: entity has only e1 (1 of 3: 2·1 < 3) → null; factor 0, structure 100 → composite (0 + 100)/2 = 50
    expect(area(result, "q").dimensions).toEqual({ entity: null, factor: 0, structure: 100 });
    expect(area(result, "q").composite).toBeCloseTo(50, 10);
    expect(area(result, "q").coverage).toEqual({ indicators: 3, indicatorsTotal: 5, dimensions: 2 });
    expect(score(result, "q", "e2")).toBeNull();
  });

  it("leaves an area with one dimension unranked", () => {
    const result = compute();
    // r: entity from e1 and e2 (2 of 3: 2·2 ≥ 3) = (0.5 + 1)/2 · 100 = 75; factor, structure null → 1 dimension < 2
    const r = area(result, "r");
    expect(r.dimensions).toEqual({ entity: 75, factor: null, structure: null });
    expect(r.composite).toBeNull();
    expect(r.rank).toBeNull();
    expect(r.percentile).toBeNull();
    expect(r.performance).toBeNull();
    expect(r.ranks).toEqual({ minMax: null, zScore: null, geometric: null });
    expect(r.rankRange).toBeNull();
    expect(r.coverage).toEqual({ indicators: 2, indicatorsTotal: 5, dimensions: 1 });
  });

  it("ranks and averages over the ranked areas only", () => {
    const result = compute();
    // q 50 > p 38.889; percentile q 1/(2−1) = 100, p 0
    expect(area(result, "q").rank).toBe(1);
    expect(area(result, "p").rank).toBe(2);
    expect(area(result, "q").percentile).toBe(100);
    expect(area(result, "p").percentile).toBe(0);
    // average (50 + 38.889)/2 = 44.444; q 50/44.444 = 1.125 → strong; p 38.889/44.444 = 0.875 → moderate
    expect(result.peerAverage).toBeCloseTo(44.444444, 5);
    expect(area(result, "q").relativeToAverage).toBeCloseTo(1.125, 10);
    expect(area(result, "q").performance).toBe("strong");
    expect(area(result, "p").performance).toBe("moderate");
    // medians: composite (38.889, 50) → 44.444; entity (16.667, 75) → 45.833 (r counts: it has the dimension);
    // factor (100, 0) → 50; structure (0, 100) → 50
    expect(result.peerMedian.composite).toBeCloseTo(44.444444, 5);
    expect(result.peerMedian.dimensions.entity).toBeCloseTo(45.833333, 5);
    expect(result.peerMedian.dimensions.factor).toBe(50);
  });
});

describe("computeComposite: a one-member group", () => {
  it("scores 0.5 everywhere, ranks first at the 100th percentile", () => {
    const result = computeComposite({
      year: 2020,
      areaCodes: ["solo"],
      indicators: [higher("e1", "entity"), higher("f1", "factor"), lower("s1", "structure")],
      observations: [...obs(2020, "e1", { solo: 120 }), ...obs(2020, "f1", { solo: 2.1 }), ...obs(2020, "s1", { solo: 0.8 })],
    });
    const solo = area(result, "solo");
    // one value per indicator: max = min → 0.5; lower is better: 1 − 0.5 = 0.5
    expect(result.indicatorScores.map((s) => s.score)).toEqual([0.5, 0.5, 0.5]);
    expect(solo.dimensions).toEqual({ entity: 50, factor: 50, structure: 50 });
    expect(solo.composite).toBe(50);
    expect(solo.rank).toBe(1);
    expect(solo.percentile).toBe(100);
    // average 50, ratio 1 → strong
    expect(solo.performance).toBe("strong");
    // z = 0 (SD 0); geometric (51³)^(1/3) − 1 = 50 → rank 1 everywhere
    expect(solo.rankRange).toEqual({ best: 1, worst: 1 });
  });
});

describe("computeComposite: change since last year", () => {
  it("compares with the composite published last year, not rescored with this year's window", () => {
    const result = computeComposite({
      year: 2021,
      areaCodes: ["a", "b", "c"],
      indicators: [higher("e1", "entity")],
      observations: [
        ...obs(2020, "e1", { a: 10, b: 20, c: 30 }),
        ...obs(2021, "e1", { a: 40, b: 20, c: 30 }),
        // outside the group, the window or the catalogue: ignored
        ...obs(2021, "e1", { other: 1000 }),
        ...obs(2019, "e1", { a: 1000 }),
        ...obs(2022, "e1", { a: 1000 }),
        ...obs(2021, "unknown", { a: 1000 }),
        { areaCode: "b", indicatorKey: "e1", year: 2021, value: Number.NaN },
      ],
    });
    // 2021, window 2020–2021: {10,20,30,40,20,30}: mean 25, deviations ±15, ±5, ±5 → SD √(550/6) = 9.5743,
    // band 25 ± 19.149 → no outliers; m3 = 0 → no transform. Min 10, max 40:
    // a (40−10)/30 = 1, b 10/30 = 0.3333, c 20/30 = 0.6667 → composites 100, 33.33, 66.67
    expect(area(result, "a").composite).toBeCloseTo(100, 10);
    expect(area(result, "b").composite).toBeCloseTo(33.333333, 5);
    expect(area(result, "c").composite).toBeCloseTo(66.666667, 5);
    // 2020, window 2020 only: min 10, max 30 → a 0, b 0.5, c 1 → 0, 50, 100
    // (rescored with the 2020–2021 window b would have been 33.33, c 66.67)
    expect(area(result, "a").previousComposite).toBeCloseTo(0, 10);
    expect(area(result, "b").previousComposite).toBeCloseTo(50, 10);
    expect(area(result, "c").previousComposite).toBeCloseTo(100, 10);
    // change: a 100 − 0 = +100; b 33.33 − 50 = −16.67; c 66.67 − 100 = −33.33
    expect(area(result, "a").change).toBeCloseTo(100, 10);
    expect(area(result, "b").change).toBeCloseTo(-16.666667, 5);
    expect(area(result, "c").change).toBeCloseTo(-33.333333, 5);
    expect(result.window).toEqual({ from: 2020, to: 2021 });
  });

  it("returns nothing when the year precedes the window", () => {
    const result = computeComposite({
      year: 2019,
      areaCodes: ["a"],
      indicators: [higher("e1", "entity")],
      observations: obs(2019, "e1", { a: 5 }),
    });
    expect(area(result, "a").composite).toBeNull();
    expect(result.indicatorScores).toEqual([{ areaCode: "a", indicatorKey: "e1", value: null, score: null }]);
    expect(result.peerAverage).toBeNull();
  });
});

describe("computeComposite: sensitivity", () => {
  it("shows a rank range when geometric aggregation penalises an unbalanced profile", () => {
    const result = computeComposite({
      year: 2020,
      areaCodes: ["u", "v", "w"],
      indicators: [higher("e1", "entity"), higher("f1", "factor"), higher("s1", "structure")],
      observations: [
        // {10,6,0} and {0,6,10}: mean 16/3 = 5.3333; m3 = (4.6667³ + 0.6667³ − 5.3333³)/3 = −16.5926 < 0 → no transform
        ...obs(2020, "e1", { u: 10, v: 6, w: 0 }), // mm u 1, v 0.6, w 0
        ...obs(2020, "f1", { u: 10, v: 6, w: 0 }), // same
        ...obs(2020, "s1", { u: 0, v: 6, w: 10 }), // mm u 0, v 0.6, w 1
      ],
    });
    // min–max: u (100+100+0)/3 = 66.67; v (60+60+60)/3 = 60; w (0+0+100)/3 = 33.33 → u 1, v 2, w 3
    expect(area(result, "u").composite).toBeCloseTo(66.666667, 5);
    expect(area(result, "v").composite).toBeCloseTo(60, 10);
    expect(area(result, "w").composite).toBeCloseTo(33.333333, 5);
    // z: SD = √((4.6667² + 0.6667² + 5.3333²)/3) = √(50.6667/3) = 4.1096
    //   value 10 → (10 − 5.3333)/4.1096 = 1.1355; 6 → 0.1622; 0 → −1.2978
    //   u (1.1355 + 1.1355 − 1.2978)/3 = 0.3244; v 0.1622; w (−1.2978 − 1.2978 + 1.1355)/3 = −0.4867 → u 1, v 2, w 3
    // geometric: u (101·101·1)^(1/3) − 1 = 20.69; v (61·61·61)^(1/3) − 1 = 60; w (1·1·101)^(1/3) − 1 = 3.66 → v 1, u 2, w 3
    expect(area(result, "u").ranks).toEqual({ minMax: 1, zScore: 1, geometric: 2 });
    expect(area(result, "v").ranks).toEqual({ minMax: 2, zScore: 2, geometric: 1 });
    expect(area(result, "w").ranks).toEqual({ minMax: 3, zScore: 3, geometric: 3 });
    expect(area(result, "u").rankRange).toEqual({ best: 1, worst: 2 });
    expect(area(result, "v").rankRange).toEqual({ best: 1, worst: 2 });
    expect(area(result, "w").rankRange).toEqual({ best: 3, worst: 3 });
  });

  it("shows a rank range when z-scores reward a lead in a bunched indicator", () => {
    const result = computeComposite({
      year: 2020,
      areaCodes: ["a", "b", "c", "d"],
      indicators: [higher("e1", "entity"), higher("f1", "factor")],
      observations: [
        // e1 {0,0,0,4}: mean 1, SD √((1+1+1+9)/4) = √3 = 1.7321; upper bound 1 + 3.4641 = 4.4641 ≥ 4 → kept
        // (n = 4 allows no outlier); G1: m2 = 3, m3 = (−1−1−1+27)/4 = 6, g1 = 6/3^1.5 = 1.1547,
        // G1 = 1.1547·√12/2 = 2 > 1 → √: {0,0,0,2} → mm a 1, b 0, c 0, d 0
        ...obs(2020, "e1", { a: 4, b: 0, c: 0, d: 0 }),
        // f1 {0,1,2,3}: symmetric → no transform; mm a 0, b 1/3, c 2/3, d 1
        ...obs(2020, "f1", { a: 0, b: 1, c: 2, d: 3 }),
      ],
    });
    // min–max: a (100 + 0)/2 = 50; b (0 + 33.33)/2 = 16.67; c (0 + 66.67)/2 = 33.33; d (0 + 100)/2 = 50
    // → a 1, d 1, c 3, b 4
    expect(result.areas.map((x) => x.composite)).toEqual([50, expect.closeTo(16.666667, 5), expect.closeTo(33.333333, 5), 50]);
    expect(result.areas.map((x) => x.ranks.minMax)).toEqual([1, 4, 3, 1]);
    // z, e1 after √ {2,0,0,0}: mean 0.5, SD √((2.25+0.25·3)/4) = √0.75 = 0.8660 → a 1.7321, others −0.5774
    //    f1 {0,1,2,3}: mean 1.5, SD √((2.25+0.25+0.25+2.25)/4) = √1.25 = 1.1180 → −1.3416, −0.4472, 0.4472, 1.3416
    // z composite: a (1.7321 − 1.3416)/2 = 0.1952; b (−0.5774 − 0.4472)/2 = −0.5123;
    //              c (−0.5774 + 0.4472)/2 = −0.0651; d (−0.5774 + 1.3416)/2 = 0.3821 → d 1, a 2, c 3, b 4
    expect(result.areas.map((x) => x.ranks.zScore)).toEqual([2, 4, 3, 1]);
    // geometric: a (101·1)^(1/2) − 1 = 9.05; b (1·34.33)^(1/2) − 1 = 4.86; c (1·67.67)^(1/2) − 1 = 7.23;
    //            d (1·101)^(1/2) − 1 = 9.05 → a and d tie at 1, c 3, b 4
    expect(result.areas.map((x) => x.ranks.geometric)).toEqual([1, 4, 3, 1]);
    expect(area(result, "a").rankRange).toEqual({ best: 1, worst: 2 });
    expect(area(result, "d").rankRange).toEqual({ best: 1, worst: 1 });
  });
});

describe("computeComposite: sensitivity with an area missing a dimension", () => {
  it("averages z-scores and logs over the dimensions each area has", () => {
    const result = computeComposite({
      year: 2020,
      areaCodes: ["a", "b", "c", "d"],
      indicators: [higher("e1", "entity"), higher("f1", "factor"), higher("s1", "structure")],
      observations: [
        // e1 and f1 {−3,−1,1,3}: mean 0, SD √((9+1+1+9)/4) = √5 = 2.2361 → z −1.3416, −0.4472, 0.4472, 1.3416;
        // symmetric (G1 = 0), and four values cannot hold an outlier; mm 0, 1/3, 2/3, 1
        ...obs(2020, "e1", { a: -3, b: -1, c: 1, d: 3 }),
        ...obs(2020, "f1", { a: -3, b: -1, c: 1, d: 3 }),
        // s1 {10,11,12} without d: mean 11, SD √(2/3) = 0.8165 → z −1.2247, 0, 1.2247; mm 0, 0.5, 1
        ...obs(2020, "s1", { a: 10, b: 11, c: 12 }),
      ],
    });
    // Three dimensions with indicators, two needed: d (entity and factor only) is ranked.
    expect(result.areas.map((x) => x.coverage.dimensions)).toEqual([3, 3, 3, 2]);
    // min–max: a 0; b (33.33 + 33.33 + 50)/3 = 38.89; c (66.67 + 66.67 + 100)/3 = 77.78; d (100 + 100)/2 = 100
    expect(result.areas.map((x) => x.composite)).toEqual([0, expect.closeTo(38.888889, 5), expect.closeTo(77.777778, 5), 100]);
    // z: a (−1.3416 − 1.3416 − 1.2247)/3 = −1.3026; b (−0.4472 − 0.4472 + 0)/3 = −0.2981;
    //    c (0.4472 + 0.4472 + 1.2247)/3 = 0.7064; d (1.3416 + 1.3416)/2 = 1.3416 → d 1, c 2, b 3, a 4
    //    (summed instead of averaged, d's 2.6833 would fall behind c's 3 × 2.1191 = 6.3573; scored from
    //    v instead of v − mean, s1 would lift a, b and c by 11/0.8165/3 = 4.49 above d)
    expect(result.areas.map((x) => x.ranks.zScore)).toEqual([4, 3, 2, 1]);
    // geometric: a (1·1·1)^(1/3) − 1 = 0; b (34.333² · 51)^(1/3) − 1 = 60117.7^(1/3) − 1 = 38.18;
    //            c (67.667² · 101)^(1/3) − 1 = 462459^(1/3) − 1 = 76.35; d (101 · 101)^(1/2) − 1 = 100
    //            → d 1, c 2, b 3, a 4 (with the logs multiplied by the count, c's 462459³ would beat d's 10201²)
    expect(result.areas.map((x) => x.ranks.geometric)).toEqual([4, 3, 2, 1]);
    expect(result.areas.map((x) => x.rankRange)).toEqual([
      { best: 4, worst: 4 },
      { best: 3, worst: 3 },
      { best: 2, worst: 2 },
      { best: 1, worst: 1 },
    ]);
  });
});

describe("computeComposite: the z-score of a dimension with two indicators", () => {
  it("is their average, not their sum", () => {
    const result = computeComposite({
      year: 2020,
      areaCodes: ["a", "b", "c", "d"],
      indicators: [higher("e1", "entity"), higher("e2", "entity"), higher("f1", "factor")],
      observations: [
        // Each {−3,−1,1,3}: mean 0, SD √5 = 2.2361, z = value/√5 (u = 1/√5 = 0.4472); symmetric, no outlier
        ...obs(2020, "e1", { a: 1, b: 3, c: -1, d: -3 }), // z a u, b 3u, c −u, d −3u
        ...obs(2020, "e2", { a: 1, b: 3, c: -1, d: -3 }), // the same
        ...obs(2020, "f1", { a: 3, b: -1, c: 1, d: -3 }), // z a 3u, b −u, c u, d −3u
      ],
    });
    // z composite = (entity (z_e1 + z_e2)/2 + factor z_f1)/2: a (u + 3u)/2 = 2u, b (3u − u)/2 = u, c 0, d −3u
    // → a 1, b 2, c 3, d 4. (Were the entity z the sum times 2, 4·z_e: a (4u + 3u)/2 = 3.5u,
    // b (12u − u)/2 = 5.5u → b first.)
    expect(result.areas.map((x) => x.ranks.zScore)).toEqual([1, 2, 3, 4]);
    // min–max: entity a 66.67, b 100, c 33.33, d 0; factor a 100, b 33.33, c 66.67, d 0
    // → a 83.33, b 66.67, c 50, d 0: the same order
    expect(result.areas.map((x) => x.composite)).toEqual([expect.closeTo(83.333333, 5), expect.closeTo(66.666667, 5), expect.closeTo(50, 10), 0]);
    expect(result.areas.map((x) => x.ranks.minMax)).toEqual([1, 2, 3, 4]);
  });
});

describe("statistics helpers: edges", () => {
  it("computes the skewness of three values", () => {
    // {0,0,3}: mean 1; deviations −1, −1, 2; m2 = (1+1+4)/3 = 2; m3 = (−1−1+8)/3 = 2
    // g1 = 2 / 2^1.5 = 0.7071068; G1 = √(3·2)/(3−2) · 0.7071068 = 2.4494897 · 0.7071068 = 1.7320508 (√3)
    expect(skewness([0, 0, 3])).toBeCloseTo(1.7320508, 6);
  });

  it("has no skewness for equal values, even when their mean is off in the last bit", () => {
    // (0.1 + 0.1 + 0.1)/3 = 0.10000000000000002: the deviations are rounding noise, whose "skewness"
    // would be ±2.449
    expect(skewness([0.1, 0.1, 0.1])).toBeNull();
    expect(skewness([0.7, 0.7, 0.7])).toBeNull();
  });

  it("has no skewness when the squared deviations underflow to zero", () => {
    // {0, 0, 1e-200}: deviations of ~1e-200 square to 0, so m2 = 0 and m3/m2^1.5 would be 0/0
    expect(skewness([0, 0, 1e-200])).toBeNull();
  });

  it("clamps to the largest value inside the band, wherever it stands in the list", () => {
    // The same values as above in falling order: 40 → 7 (the largest inside), not 1 (the last inside)
    expect(clampOutliers([7, 6, 5, 4, 3, 2, 1, 40]).clamped).toEqual([{ index: 7, from: 40, to: 7 }]);
    expect(clampOutliers([-7, -6, -5, -4, -3, -2, -1, -40]).clamped).toEqual([{ index: 7, from: -40, to: -7 }]);
  });

  it("keeps a value exactly on the band's edge, and clamps beyond it to that value", () => {
    // Ten 0s, 2, 5, 6: mean 13/13 = 1; squared deviations 10·1 + 1 + 16 + 25 = 52, SD √(52/13) = 2 (exact);
    // upper edge 1 + 2·2 = 5: 5 is inside (on the edge), 6 beyond → 6 becomes 5, not 2
    const zeros = Array.from({ length: 10 }, () => 0);
    expect(clampOutliers([...zeros, 2, 5, 6])).toEqual({ values: [...zeros, 2, 5, 5], clamped: [{ index: 12, from: 6, to: 5 }] });
    // Mirrored: mean −1, SD 2, lower edge −5: −6 becomes −5, not −2
    expect(clampOutliers([...zeros, -2, -5, -6])).toEqual({ values: [...zeros, -2, -5, -5], clamped: [{ index: 12, from: -6, to: -5 }] });
  });

  it("quantile refuses q outside [0, 1] and ignores values that are not finite", () => {
    expect(() => quantile([1], -0.01)).toThrow("quantile: q must lie in [0, 1], got -0.01");
    expect(() => quantile([1], 1.01)).toThrow(RangeError);
    // finite {1, 3}: median at h = 0.5 → 1 + 0.5·2 = 2
    expect(quantile([1, Number.NaN, 3, Number.POSITIVE_INFINITY], 0.5)).toBe(2);
    expect(indicatorPeerStats([Number.NaN, 3, 1])).toEqual({ n: 2, min: 1, max: 3, q1: 1.5, median: 2, q3: 2.5, best: null });
  });

  it("performance groups from both sides of each line, with rounding slack of 1e-9", () => {
    expect(performanceGroup(1.2501)).toBe("leader");
    expect(performanceGroup(1.2499)).toBe("strong");
    expect(performanceGroup(1.25 + 1e-9)).toBe("strong");
    expect(performanceGroup(1.0001)).toBe("strong");
    expect(performanceGroup(1 - 1e-9)).toBe("strong");
    expect(performanceGroup(0.9999)).toBe("moderate");
    expect(performanceGroup(0.7001)).toBe("moderate");
    expect(performanceGroup(0.7 - 1e-9)).toBe("moderate");
    expect(performanceGroup(0.6999)).toBe("emerging");
  });

  it("leaves null and NaN unranked", () => {
    expect(rankDescending([null, Number.NaN, 5])).toEqual({ ranks: [null, null, 1], percentiles: [null, null, 100] });
  });

  it("counts values exactly 1e-9 apart as tied, and more than that apart as not", () => {
    // 0 − (−1e-9) = 1e-9 exactly
    expect(rankDescending([0, -1e-9]).ranks).toEqual([1, 1]);
    expect(rankDescending([0, -1e-8]).ranks).toEqual([1, 2]);
  });
});

describe("computeComposite: the catalogue it is given", () => {
  it("ignores indicators without a direction or scored dimension, and repeated keys", () => {
    const result = computeComposite({
      year: 2020,
      areaCodes: ["a", "b"],
      indicators: [
        { key: "ctx", direction: "context", dimension: "entity" } as unknown as ScoredIndicator,
        { key: "nodim", direction: "higher", dimension: "context" } as unknown as ScoredIndicator,
        // A key first given invalid, then valid, is used.
        { key: "x", direction: "context", dimension: "entity" } as unknown as ScoredIndicator,
        higher("x", "entity"),
        higher("f1", "factor"),
        // The first of two definitions of a key wins.
        lower("f1", "factor"),
      ],
      observations: [...obs(2020, "x", { a: 1, b: 2 }), ...obs(2020, "f1", { a: 1, b: 2 }), ...obs(2020, "ctx", { a: 5, b: 0 })],
    });
    expect(result.methodology.indicatorsUsed).toEqual(["x", "f1"]);
    // f1 higher is better: a 0, b 1
    expect(score(result, "b", "f1")).toBe(1);
    expect(result.indicatorScores.map((s) => s.indicatorKey)).toEqual(["x", "f1", "x", "f1"]);
  });

  it("has no composite without indicators", () => {
    const result = computeComposite({ year: 2020, areaCodes: ["a", "b"], indicators: [], observations: [] });
    expect(result.areas.map((x) => [x.composite, x.rank, x.performance])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
    expect(result.peerAverage).toBeNull();
  });

  it("ignores a year that is not a whole number and years after the scored one", () => {
    const result = computeComposite({
      year: 2021,
      areaCodes: ["a", "b"],
      indicators: [higher("e1", "entity")],
      observations: [
        ...obs(2020, "e1", { a: 1, b: 2 }),
        ...obs(2021, "e1", { a: 3, b: 4 }),
        ...obs(2020.5, "e1", { a: 100 }),
        // 2022 for a: its cell would lie where b's 2020 value is, if the window were not checked
        ...obs(2022, "e1", { a: 100 }),
      ],
    });
    // window values {1, 2, 3, 4}: a (3 − 1)/3 = 0.6667, b (4 − 1)/3 = 1
    expect(score(result, "a", "e1")).toBeCloseTo(0.6666667, 6);
    expect(score(result, "b", "e1")).toBe(1);
    // 2020 alone: {1, 2} → a 0, b 100
    expect(area(result, "b").previousComposite).toBe(100);
  });

  it("ignores a year before the window, and counts only the values there are when the last area lacks the last year", () => {
    const result = computeComposite({
      year: 2020,
      windowStart: 2019,
      areaCodes: ["w", "x", "y"],
      indicators: [higher("e1", "entity")],
      observations: [
        ...obs(2019, "e1", { w: 1, x: 3, y: 5 }),
        // y has no 2020 value: the last cell of the grid is empty
        ...obs(2020, "e1", { w: 2, x: 4 }),
        // 2018 for x: its cell would lie where w's 2020 value is, if the window's start were not checked
        ...obs(2018, "e1", { x: 100 }),
      ],
    });
    // Window values {1, 2, 3, 4, 5} (five, not six): mean 3, SD √((4 + 1 + 0 + 1 + 4)/5) = √2 = 1.4142;
    // band 3 ± 2.8284 = [0.1716, 5.8284] → nothing clamped; symmetric, G1 = 0 → no square root
    expect(result.methodology.clamped).toEqual([]);
    expect(result.methodology.transformed).toEqual([]);
    // min 1, max 5: w (2 − 1)/4 = 0.25, x (4 − 1)/4 = 0.75, y no 2020 value
    expect(result.indicatorScores).toEqual([
      { areaCode: "w", indicatorKey: "e1", value: 2, score: 0.25 },
      { areaCode: "x", indicatorKey: "e1", value: 4, score: 0.75 },
      { areaCode: "y", indicatorKey: "e1", value: null, score: null },
    ]);
    // One dimension with indicators, so one is enough: w 25, x 75, y unranked
    expect(result.areas.map((x) => [x.composite, x.rank])).toEqual([
      [25, 2],
      [75, 1],
      [null, null],
    ]);
  });
});

describe("computeComposite: the skewness line (> 1), from both sides", () => {
  const scoresOf = (values: [number, number, number, number]) => {
    const result = computeComposite({
      year: 2020,
      areaCodes: ["a", "b", "c", "d"],
      indicators: [higher("e1", "entity")],
      observations: obs(2020, "e1", { a: values[0], b: values[1], c: values[2], d: values[3] }),
    });
    return { transformed: result.methodology.transformed, scores: ["a", "b", "c", "d"].map((code) => score(result, code, "e1")) };
  };

  it("square-roots {0,2,4,9} (G1 = 1.0024)", () => {
    // mean 3.75; deviations −3.75, −1.75, 0.25, 5.25; m2 = 44.75/4 = 11.1875; m3 = 86.625/4 = 21.65625
    // g1 = 21.65625 / 11.1875^1.5 = 21.65625 / (11.1875 · 3.3447720) = 21.65625 / 37.4196372 = 0.5787402
    // G1 = 0.5787402 · √12/2 = 0.5787402 · 1.7320508 = 1.0024075
    expect(skewness([0, 2, 4, 9])).toBeCloseTo(1.0024075, 6);
    // √ → {0, 1.4142136, 2, 3}; min–max over 0…3 → 0, 0.4714045, 0.6666667, 1
    const { transformed, scores } = scoresOf([0, 2, 4, 9]);
    expect(transformed).toEqual(["e1"]);
    expect(scores).toEqual([0, expect.closeTo(0.4714045, 6), expect.closeTo(0.6666667, 6), 1]);
  });

  it("keeps {0,2,8,17} as it is (G1 = 0.9959)", () => {
    // mean 6.75; deviations −6.75, −4.75, 1.25, 10.25; m2 = 174.75/4 = 43.6875; m3 = 664.125/4 = 166.03125
    // g1 = 166.03125 / 43.6875^1.5 = 166.03125 / (43.6875 · 6.6096520) = 166.03125 / 288.7591732 = 0.5749817
    // G1 = 0.5749817 · 1.7320508 = 0.9958976
    expect(skewness([0, 2, 8, 17])).toBeCloseTo(0.9958976, 6);
    // min–max over 0…17 → 0, 2/17 = 0.1176471, 8/17 = 0.4705882, 1
    const { transformed, scores } = scoresOf([0, 2, 8, 17]);
    expect(transformed).toEqual([]);
    expect(scores).toEqual([0, expect.closeTo(0.1176471, 6), expect.closeTo(0.4705882, 6), 1]);
  });

  it("shifts only negative values before the square root", () => {
    // {1,2,5,17} = {0,1,4,16} + 1, G1 = 1.6999 > 1, min 1 > 0: no shift, √ → {1, 1.4142136, 2.2360680, 4.1231056}
    // min–max over 1…4.1231056 (range 3.1231056): a 0, b 0.4142136/3.1231056 = 0.1326286,
    // c 1.2360680/3.1231056 = 0.3957818, d 1
    const { transformed, scores } = scoresOf([1, 2, 5, 17]);
    expect(transformed).toEqual(["e1"]);
    expect(scores).toEqual([0, expect.closeTo(0.1326286, 6), expect.closeTo(0.3957818, 6), 1]);
  });
});

describe("computeComposite: a dimension needs at least half of its indicators", () => {
  // Entity has two indicators, factor four; every set {0, 10} scores 0 and 1.
  const result = () =>
    computeComposite({
      year: 2020,
      areaCodes: ["a", "b"],
      indicators: [higher("e1", "entity"), higher("e2", "entity"), higher("f1", "factor"), higher("f2", "factor"), higher("f3", "factor"), higher("f4", "factor")],
      observations: [
        ...obs(2020, "e1", { a: 10, b: 0 }),
        ...obs(2020, "e2", { b: 10 }), // one value: 0.5
        ...obs(2020, "f1", { a: 10, b: 0 }),
        ...obs(2020, "f2", { a: 10, b: 0 }),
        ...obs(2020, "f3", { b: 10 }), // 0.5
      ],
    });

  it("reports a dimension with exactly half of its indicators", () => {
    // a: entity 1 of 2 (2·1 ≥ 2) → e1 1 → 100; factor 2 of 4 (2·2 ≥ 4) → (1 + 1)/2 → 100
    expect(area(result(), "a").dimensions).toEqual({ entity: 100, factor: 100, structure: null });
    // b: entity 2 of 2 → (0 + 0.5)/2 = 25; factor 3 of 4 → (0 + 0 + 0.5)/3 = 16.667
    expect(area(result(), "b").dimensions.entity).toBe(25);
    expect(area(result(), "b").dimensions.factor).toBeCloseTo(16.666667, 5);
  });

  it("drops a dimension with less than half", () => {
    const fewer = computeComposite({
      year: 2020,
      areaCodes: ["a", "b"],
      indicators: [higher("f1", "factor"), higher("f2", "factor"), higher("f3", "factor"), higher("f4", "factor"), higher("e1", "entity")],
      observations: [...obs(2020, "f1", { a: 10, b: 0 }), ...obs(2020, "e1", { a: 10, b: 0 })],
    });
    // factor 1 of 4 (2·1 < 4) → none; entity alone is one of the two dimensions needed → no composite
    expect(area(fewer, "a").dimensions).toEqual({ entity: 100, factor: null, structure: null });
    expect(area(fewer, "a").composite).toBeNull();
  });
});

describe("computeComposite: the previous year and the peer average", () => {
  it("treats an outlier in last year's own window without recording it", () => {
    // 2019 alone (the previous window): {1,2,3,4,5,6,7,40} over eight areas → 40 is an outlier there
    // (see "clamps a value beyond mean + 2 SD"); 2019–2020 pools it with eight values of 2020.
    const codes = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const values2019 = [1, 2, 3, 4, 5, 6, 7, 40];
    const result = computeComposite({
      year: 2020,
      windowStart: 2019,
      areaCodes: codes,
      indicators: [higher("e1", "entity")],
      observations: [
        ...codes.map((areaCode, i) => ({ areaCode, indicatorKey: "e1", year: 2019, value: values2019[i]! })),
        ...codes.map((areaCode) => ({ areaCode, indicatorKey: "e1", year: 2020, value: 4 })),
      ],
    });
    // Previous window: 40 → 7; min 1, max 7 → h (7 − 1)/6 = 1 → 100; a 0
    expect(area(result, "h").previousComposite).toBe(100);
    expect(area(result, "a").previousComposite).toBe(0);
    // The record lists only this year's window, 2019–2020: {1…7, 40, 4 × 8}: mean (68 + 32)/16 = 6.25;
    // Σ(x − 6.25)² = (5.25² + 4.25² + 3.25² + 2.25² + 1.25² + 0.25² + 0.75² + 33.75²) + 8 · 2.25² = 1202.5 + 40.5 = 1243
    // SD = √(1243/16) = 8.8140513 → upper 6.25 + 17.6281026 = 23.8781026 → 40 clamped to 7, once
    expect(result.methodology.clamped).toEqual([{ indicatorKey: "e1", areaCode: "h", year: 2019, from: 40, to: 7 }]);
  });

  it("gives no change for an area without a composite this year", () => {
    const result = computeComposite({
      year: 2021,
      areaCodes: ["a", "b"],
      indicators: [higher("e1", "entity")],
      observations: [...obs(2020, "e1", { a: 1, b: 2 }), ...obs(2021, "e1", { b: 3 })],
    });
    // a had 0 in 2020 (window 2020 alone) but has no value in 2021
    expect(area(result, "a").previousComposite).toBe(0);
    expect(area(result, "a").composite).toBeNull();
    expect(area(result, "a").change).toBeNull();
  });

  it("counts an area at a peer average of 0 as at the average", () => {
    // One area, window 2019–2020: {10, 0} → its 2020 value 0 scores 0, the only composite → average 0
    const result = computeComposite({
      year: 2020,
      windowStart: 2019,
      areaCodes: ["a"],
      indicators: [higher("e1", "entity")],
      observations: [...obs(2019, "e1", { a: 10 }), ...obs(2020, "e1", { a: 0 })],
    });
    expect(result.peerAverage).toBe(0);
    expect(area(result, "a").relativeToAverage).toBe(1);
    expect(area(result, "a").performance).toBe("strong");
  });

  it("reports empty coverage and method for a year before the window", () => {
    const result = computeComposite({ year: 2019, areaCodes: ["a"], indicators: [higher("e1", "entity")], observations: obs(2019, "e1", { a: 5 }) });
    expect(area(result, "a").coverage).toEqual({ indicators: 0, indicatorsTotal: 1, dimensions: 0 });
    expect(result.methodology.clamped).toEqual([]);
    expect(result.methodology.transformed).toEqual([]);
  });

  it("ranks a lone member first on every variant", () => {
    const result = computeComposite({ year: 2020, areaCodes: ["solo"], indicators: [higher("e1", "entity")], observations: obs(2020, "e1", { solo: 3 }) });
    // SD 0 → z = 0 (not 0/0); one value → 0.5 → composite 50, geometric (51)^1 − 1 = 50
    expect(area(result, "solo").ranks).toEqual({ minMax: 1, zScore: 1, geometric: 1 });
  });
});
