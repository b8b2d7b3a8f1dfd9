import { describe, expect, it } from "vitest";
import { computeComposite, feedOf, type CompositeResult, type IndicatorScore, type Observation } from "./composite";
import { indicatorStandings, namedInMethodology, nearestPeers, peerBand, peerQuartiles, roundScore } from "./peer-compare";

const rows = (values: (number | null)[], chosen: number) => values.map((value, i) => ({ code: `a${i}`, value, highlight: i === chosen }));
const codes = (list: { code: string }[]) => list.map((r) => r.code);

describe("nearestPeers", () => {
  it("keeps every row, sorted largest first with no data last, when they fit", () => {
    expect(codes(nearestPeers(rows([2, null, 5, 3], 0), 4))).toEqual(["a2", "a3", "a0", "a1"]);
  });

  it("shows the run of neighbours around the chosen area", () => {
    // Sorted: a9 (9) a8 (8) … a0 (0); the chosen a5 stands 5th from the top (index 4). Size 3 → indexes 3–5.
    const ten = rows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5);
    expect(codes(nearestPeers(ten, 3))).toEqual(["a6", "a5", "a4"]);
  });

  it("stays inside the list at either end", () => {
    const ten = rows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 9);
    expect(codes(nearestPeers(ten, 4))).toEqual(["a9", "a8", "a7", "a6"]);
    const last = rows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0);
    expect(codes(nearestPeers(last, 4))).toEqual(["a3", "a2", "a1", "a0"]);
    // No data sorts last: a0 a1 a3 | a2 a4. The chosen a2 (index 3) with one neighbour before it: indexes 2–3.
    const missing = rows([5, 4, null, 3, null], 2);
    expect(codes(nearestPeers(missing, 2))).toEqual(["a3", "a2"]);
  });

  it("keeps every row when there are fewer than the size, not only those that fit a shifted window", () => {
    // 3 rows, size 5: all three, sorted a1 (7) a2 (4) a0 (1). Were they cut as a window, the start
    // would be min(max(0, 1 − 2), 3 − 5) = −2 and slice(−2, 3) would drop a1.
    expect(codes(nearestPeers(rows([1, 7, 4], 1), 5))).toEqual(["a1", "a2", "a0"]);
  });
});

describe("peerQuartiles and peerBand", () => {
  const o = (areaCode: string, indicatorKey: string, year: number, value: number): Observation => ({ areaCode, indicatorKey, year, value });
  const observations = [
    o("A", "gdp", 2022, 1), o("B", "gdp", 2022, 2), o("C", "gdp", 2022, 3), o("D", "gdp", 2022, 4),
    o("E", "gdp", 2022, 100), // not a member
    o("A", "gdp", 2021, 999), // before the window
    o("A", "gdp", 2023, 10), o("C", "gdp", 2023, 30),
    o("B", "rd", 2022, 5),
    o("A", "pop", 2022, 7), // not asked for
  ];
  const members = ["A", "B", "C", "D"];

  it("counts the values of the last year of the window", () => {
    // to = 2023, the last year: 10 30 → median 20, q1 at position 0.25: 10 + 0.25 × 20 = 15, q3 25
    expect(peerQuartiles(observations, members, ["gdp"], 2023, 2023)).toEqual({ gdp: [{ year: 2023, median: 20, q1: 15, q3: 25 }] });
  });

  it("gives each year's median and quartiles of the members' values (linear between order statistics)", () => {
    const q = peerQuartiles(observations, members, ["gdp", "rd"], 2022, 2024);
    expect(Object.keys(q)).toEqual(["gdp", "rd"]);
    // 2022: 1 2 3 4 → q1 at position 0.75: 1.75; median at 1.5: 2.5; q3 at 2.25: 3.25.
    // 2023: 10 30 → q1 at 0.25: 15; median 20; q3 at 0.75: 25. 2024: no values.
    expect(q.gdp).toEqual([
      { year: 2022, median: 2.5, q1: 1.75, q3: 3.25 },
      { year: 2023, median: 20, q1: 15, q3: 25 },
      { year: 2024, median: null, q1: null, q3: null },
    ]);
    expect(q.rd![0]).toEqual({ year: 2022, median: 5, q1: 5, q3: 5 });
  });

  it("reads a feed exactly as the list", () => {
    expect(peerQuartiles(feedOf(observations), members, ["gdp", "rd"], 2022, 2024)).toEqual(peerQuartiles(observations, members, ["gdp", "rd"], 2022, 2024));
  });

  it("puts the area's own value beside each year's quartiles, null where it has none", () => {
    const q = peerQuartiles(observations, members, ["gdp"], 2022, 2024);
    expect(peerBand(q.gdp!, observations, "A", "gdp")).toEqual([
      { year: 2022, value: 1, median: 2.5, q1: 1.75, q3: 3.25 },
      { year: 2023, value: 10, median: 20, q1: 15, q3: 25 },
      { year: 2024, value: null, median: null, q1: null, q3: null },
    ]);
  });
});

describe("namedInMethodology", () => {
  const codes = (n: number) => Array.from({ length: n }, (_, i) => `a${i}`);

  it("names every member of a group of up to 50, and the areas of the clamped values listed", () => {
    expect(namedInMethodology(["x", "y", "z"], [{ areaCode: "y" }])).toEqual({ membersListed: true, codes: ["x", "y", "z"] });
    const fifty = namedInMethodology(codes(50), []);
    expect(fifty.membersListed).toBe(true);
    expect(fifty.codes).toHaveLength(50);
  });

  it("gives a group of 51 or more by its count, naming only the clamped values' areas, each once", () => {
    expect(namedInMethodology(codes(51), [{ areaCode: "a7" }, { areaCode: "a40" }, { areaCode: "a7" }])).toEqual({ membersListed: false, codes: ["a7", "a40"] });
    expect(namedInMethodology(codes(3000), [])).toEqual({ membersListed: false, codes: [] });
  });
});

describe("indicatorStandings", () => {
  // Four areas, three indicators. Each set has no outlier (n = 4) and skewness ≤ 1, so scores are plain min–max.
  const result = () =>
    computeComposite({
      year: 2020,
      areaCodes: ["a", "b", "c", "d"],
      indicators: [
        { key: "e1", direction: "higher", dimension: "entity" },
        { key: "f1", direction: "lower", dimension: "factor" },
        { key: "g1", direction: "higher", dimension: "factor" },
      ],
      observations: [
        // e1 {10, 30, 20}, d has none: a 0, b 1, c 0.5 → ranks b 1, c 2, a 3 of 3; median 20; best b (30)
        o("a", "e1", 2020, 10), o("b", "e1", 2020, 30), o("c", "e1", 2020, 20),
        // f1 {1, 3, 2, 2}, lower is better: mm a 0, b 1, c 0.5, d 0.5 → 1 − mm: a 1, b 0, c 0.5, d 0.5
        // → ranks a 1, c 2, d 2, b 4 of 4; median (2 + 2)/2 = 2; best a (1)
        o("a", "f1", 2020, 1), o("b", "f1", 2020, 3), o("c", "f1", 2020, 2), o("d", "f1", 2020, 2),
        // g1 {5, 5, 1, 3}: m3 = (1.5³ + 1.5³ − 2.5³ − 0.5³)/4 < 0 → no transform; a 1, b 1, c 0, d 0.5
        // → a and b share rank 1: the best named is the first of them, a
        o("a", "g1", 2020, 5), o("b", "g1", 2020, 5), o("c", "g1", 2020, 1), o("d", "g1", 2020, 3),
      ],
    });
  const o = (areaCode: string, indicatorKey: string, year: number, value: number): Observation => ({ areaCode, indicatorKey, year, value });

  it("gives an area's value, score, rank, the peers' median and the best value per indicator", () => {
    expect(indicatorStandings(result(), "d")).toEqual([
      { indicatorKey: "e1", value: null, score: null, rank: null, ranked: 3, peerMedian: 20, best: { areaCode: "b", value: 30 } },
      { indicatorKey: "f1", value: 2, score: 0.5, rank: 2, ranked: 4, peerMedian: 2, best: { areaCode: "a", value: 1 } },
      { indicatorKey: "g1", value: 3, score: 0.5, rank: 3, ranked: 4, peerMedian: 4, best: { areaCode: "a", value: 5 } },
    ]);
    const b = indicatorStandings(result(), "b");
    expect(b.map((s) => [s.indicatorKey, s.value, s.score, s.rank])).toEqual([
      ["e1", 30, 1, 1],
      ["f1", 3, 0, 4],
      ["g1", 5, 1, 1],
    ]);
  });

  it("ranks the first area of the list too", () => {
    // a: e1 10 → score 0, rank 3 of 3; f1 1 → score 1, rank 1; g1 5 → score 1, rank 1 (shared with b)
    expect(indicatorStandings(result(), "a").map((s) => [s.indicatorKey, s.value, s.score, s.rank])).toEqual([
      ["e1", 10, 0, 3],
      ["f1", 1, 1, 1],
      ["g1", 5, 1, 1],
    ]);
  });

  it("names as best the first top-ranked area that has a value, and none when no top-ranked area has one", () => {
    // Only the fields indicatorStandings reads. x: p and q share score 0.9 (rank 1) but p has no value
    // for the year, so q (12) is best. y: the one scored area has no value → no best; median of {} → null.
    const s = (areaCode: string, indicatorKey: string, value: number | null, score: number | null): IndicatorScore => ({ areaCode, indicatorKey, value, score });
    const handMade = {
      methodology: { indicatorsUsed: ["x", "y", "z"] },
      indicatorScores: [s("p", "x", null, 0.9), s("q", "x", 12, 0.9), s("r", "x", 3, 0.2), s("p", "y", null, 0.5)],
    } as unknown as CompositeResult;
    expect(indicatorStandings(handMade, "p")).toEqual([
      // median of {12, 3} = 7.5
      { indicatorKey: "x", value: null, score: 0.9, rank: 1, ranked: 3, peerMedian: 7.5, best: { areaCode: "q", value: 12 } },
      { indicatorKey: "y", value: null, score: 0.5, rank: 1, ranked: 1, peerMedian: null, best: null },
      // z is used but no area has a row for it
      { indicatorKey: "z", value: null, score: null, rank: null, ranked: 0, peerMedian: null, best: null },
    ]);
  });

  it("gives no value or rank for an area outside the group", () => {
    expect(indicatorStandings(result(), "zz").map((s) => [s.value, s.score, s.rank, s.ranked])).toEqual([
      [null, null, null, 3],
      [null, null, null, 4],
      [null, null, null, 4],
    ]);
  });
});

describe("roundScore", () => {
  it("rounds to one decimal by default, or to the decimals asked for", () => {
    // 2.25 × 10 = 22.5 → 23 → 2.3; −2.25 × 10 = −22.5 → −22 (Math.round goes up) → −2.2
    expect(roundScore(2.25)).toBe(2.3);
    expect(roundScore(-2.25)).toBe(-2.2);
    expect(roundScore(71.449)).toBe(71.4);
    expect(roundScore(71.449, 2)).toBe(71.45);
    expect(roundScore(71.5, 0)).toBe(72);
  });

  it("keeps a missing score missing", () => {
    expect(roundScore(null)).toBeNull();
  });
});
