import { describe, expect, it } from "vitest";
import { biggestMovers, strengthsAndWeaknesses, type ScorePoint } from "@/lib/domain/summary/movers";
import type { SummaryStanding } from "@/lib/domain/summary/standings";

const st = (indicatorKey: string, score: number | null, rank: number | null = null, ranked = 10): SummaryStanding => ({ indicatorKey, score, rank, ranked });
const keys = (list: { indicatorKey: string }[]) => list.map((s) => s.indicatorKey);

describe("strengthsAndWeaknesses", () => {
  it("takes the three highest and three lowest scores", () => {
    const standings = [st("a", 10), st("b", 90), st("c", 50), st("d", 70), st("e", 20), st("f", 80), st("g", 30), st("h", 60)];
    const { strengths, weaknesses } = strengthsAndWeaknesses(standings);
    expect(keys(strengths)).toEqual(["b", "f", "d"]);
    expect(keys(weaknesses)).toEqual(["a", "e", "g"]);
  });

  it("leaves out indicators without a score", () => {
    const standings = [st("a", null), st("b", 90), st("c", null), st("d", 10), st("e", 50), st("f", 70), st("g", 30), st("h", NaN)];
    const { strengths, weaknesses } = strengthsAndWeaknesses(standings);
    expect(keys(strengths)).toEqual(["b", "f", "e"]);
    expect(keys(weaknesses)).toEqual(["d", "g"]);
  });

  it("breaks equal scores by rank (better first for strengths, worse first for weaknesses), then by key", () => {
    const standings = [
      st("x", 80, 3),
      st("y", 80, 1),
      st("w", 80, 1),
      st("m", 50, 5),
      st("p", 20, 8),
      st("q", 20, 10),
      st("r", 20, 10),
    ];
    const { strengths, weaknesses } = strengthsAndWeaknesses(standings);
    // 80s: rank 1 (w, y by key) before rank 3 (x)
    expect(keys(strengths)).toEqual(["w", "y", "x"]);
    // 20s: rank 10 (q, r by key) before rank 8 (p)
    expect(keys(weaknesses)).toEqual(["q", "r", "p"]);
  });

  it("never lists the same indicator twice when there are few (strengths take the better half, rounded up)", () => {
    const five = strengthsAndWeaknesses([st("a", 10), st("b", 20), st("c", 30), st("d", 40), st("e", 50)]);
    expect(keys(five.strengths)).toEqual(["e", "d", "c"]);
    expect(keys(five.weaknesses)).toEqual(["a", "b"]);
    const one = strengthsAndWeaknesses([st("a", 10)]);
    expect(keys(one.strengths)).toEqual(["a"]);
    expect(one.weaknesses).toEqual([]);
    // All equal: still disjoint.
    const flat = strengthsAndWeaknesses([st("a", 50, 1), st("b", 50, 1), st("c", 50, 1), st("d", 50, 1)]);
    expect(keys(flat.strengths)).toEqual(["a", "b"]);
    expect(keys(flat.weaknesses)).toEqual(["c", "d"]);
    expect(strengthsAndWeaknesses([])).toEqual({ strengths: [], weaknesses: [] });
  });

  it("takes n from the caller", () => {
    const standings = [st("a", 10), st("b", 90), st("c", 50), st("d", 70), st("e", 20)];
    const { strengths, weaknesses } = strengthsAndWeaknesses(standings, 1);
    expect(keys(strengths)).toEqual(["b"]);
    expect(keys(weaknesses)).toEqual(["a"]);
  });
});

describe("biggestMovers", () => {
  const p = (indicatorKey: string, value: number | null, score: number | null): ScorePoint => ({ indicatorKey, value, score });

  it("orders by the size of the score change, up or down, with the value change", () => {
    const previous = [p("a", 10, 40), p("b", 5, 60), p("c", 100, 50), p("d", 1, 30)];
    const current = [p("a", 12, 45), p("b", 3, 48), p("c", 120, 70), p("d", 1.5, 31)];
    const movers = biggestMovers(current, previous);
    // |Δ|: c 20, b 12, a 5, d 1
    expect(keys(movers)).toEqual(["c", "b", "a"]);
    expect(movers[0]).toEqual({
      indicatorKey: "c",
      score: 70,
      previousScore: 50,
      change: 20,
      value: 120,
      previousValue: 100,
      valueChange: 20,
      direction: "improved",
    });
    expect(movers[1]).toMatchObject({ change: -12, valueChange: -2, direction: "worsened" });
  });

  it("reads the direction from the score: a falling lower-is-better value is an improvement", () => {
    // energy intensity 0.80 → 0.70 tce per 10k yuan; its score rises 30 → 42
    const [m] = biggestMovers([p("energy_intensity", 0.7, 42)], [p("energy_intensity", 0.8, 30)]);
    expect(m!.change).toBe(12);
    expect(m!.valueChange).toBeCloseTo(-0.1, 10);
    expect(m!.direction).toBe("improved");
  });

  it("leaves out indicators without a score in either year, or absent last year", () => {
    const previous = [p("a", 1, null), p("b", 1, 50), p("d", null, 20)];
    const current = [p("a", 2, 60), p("b", 2, null), p("c", 3, 80), p("d", 4, 30)];
    const movers = biggestMovers(current, previous);
    expect(keys(movers)).toEqual(["d"]);
    // a missing value keeps the mover but not the value change
    expect(movers[0]).toMatchObject({ change: 10, value: 4, previousValue: null, valueChange: null });
    expect(biggestMovers(current, [])).toEqual([]);
  });

  it("leaves out changes that round to 0.0 points", () => {
    const movers = biggestMovers([p("a", 1, 50.04), p("b", 1, 50.06)], [p("a", 1, 50), p("b", 1, 50)]);
    expect(keys(movers)).toEqual(["b"]);
  });

  it("breaks equal changes by key and takes n from the caller", () => {
    const previous = [p("z", 1, 50), p("y", 1, 50), p("x", 1, 50)];
    const current = [p("z", 1, 60), p("y", 1, 40), p("x", 1, 55)];
    expect(keys(biggestMovers(current, previous))).toEqual(["y", "z", "x"]);
    expect(keys(biggestMovers(current, previous, 1))).toEqual(["y"]);
  });

  it("keeps equal changes in key order when they already come in key order", () => {
    // a 50 → 60 (+10), b 50 → 40 (−10), c 50 → 49.5 (−0.5): |Δ| 10, 10, 0.5 → a, b by key, then c
    const previous = [p("a", 1, 50), p("b", 1, 50), p("c", 1, 50)];
    const current = [p("a", 1, 60), p("b", 1, 40), p("c", 1, 49.5)];
    expect(keys(biggestMovers(current, previous))).toEqual(["a", "b", "c"]);
  });
});

describe("biggestMovers: missing values", () => {
  const p = (indicatorKey: string, value: number | null, score: number | null): ScorePoint => ({ indicatorKey, value, score });

  it("gives no change of value when this year's or last year's value is missing", () => {
    // score 60 → 70: +10 points, but a value on one side only
    expect(biggestMovers([p("a", null, 70)], [p("a", 5, 60)])[0]).toMatchObject({ change: 10, value: null, previousValue: 5, valueChange: null });
    expect(biggestMovers([p("a", 7, 70)], [p("a", null, 60)])[0]).toMatchObject({ change: 10, value: 7, previousValue: null, valueChange: null });
    // both: 7 − 5 = 2
    expect(biggestMovers([p("a", 7, 70)], [p("a", 5, 60)])[0]!.valueChange).toBe(2);
  });
});
