import { describe, expect, it } from "vitest";
import { INDICATOR_CATALOGUE } from "@/db/seed/indicators";
import type { IndicatorStanding } from "@/lib/domain/peer-compare";
import {
  BOTTLENECK_KEYS,
  BOTTLENECKS,
  DIAGNOSIS_THRESHOLDS,
  diagnose,
  firstWeakRank,
  type Bottleneck,
  type BottleneckDiagnosis,
} from "@/lib/domain/summary/bottlenecks";
import { toSummaryStandings, type SummaryStanding } from "@/lib/domain/summary/standings";

const st = (indicatorKey: string, score: number | null, rank: number | null, ranked = 12): SummaryStanding => ({ indicatorKey, score, rank, ranked });

function heading(result: BottleneckDiagnosis[], key: string): BottleneckDiagnosis {
  const found = result.find((d) => d.key === key);
  if (!found) throw new Error(`no heading ${key}`);
  return found;
}

// A small mapping so each case can be read at a glance.
const MAPPING: Bottleneck[] = [
  {
    key: "institutional",
    indicators: ["a", "b", "c", "d"].map((k) => ({ indicatorKey: k })),
  },
];

describe("BOTTLENECKS mapping", () => {
  const catalogue = new Map(INDICATOR_CATALOGUE.map((c) => [c.key, c]));

  it("has the three headings, in order, each with at least three indicators", () => {
    expect(BOTTLENECKS.map((b) => b.key)).toEqual([...BOTTLENECK_KEYS]);
    for (const b of BOTTLENECKS) expect(b.indicators.length).toBeGreaterThanOrEqual(3);
  });

  it("maps only catalogue indicators that have a direction, each under at most one heading", () => {
    const keys = BOTTLENECKS.flatMap((b) => b.indicators.map((i) => i.indicatorKey));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      const entry = catalogue.get(key);
      expect(entry, key).toBeDefined();
      expect(["higher", "lower"], key).toContain(entry!.direction);
    }
  });

  it("puts the seed's examples under the expected headings", () => {
    const under = (key: string) => BOTTLENECKS.find((b) => b.indicators.some((i) => i.indicatorKey === key))?.key;
    expect(under("net_migration_rate")).toBe("institutional");
    expect(under("tech_contract_share")).toBe("institutional");
    expect(under("mining_share")).toBe("industrial_foundation");
    expect(under("hitech_mfg_share")).toBe("industrial_foundation");
    expect(under("urban_rate")).toBe("urban_functions");
    expect(under("g5_per_10k")).toBe("urban_functions");
    // Context indicators are never mapped.
    expect(under("pop_resident")).toBeUndefined();
    expect(under("mfg_share")).toBeUndefined();
  });
});

describe("the weak rule", () => {
  it("is the bottom third of the scored peers, rounded down, with at least 3 peers", () => {
    expect(DIAGNOSIS_THRESHOLDS).toEqual({ bottomDivisor: 3, minRanked: 3, seriousShare: 0.5 });
    expect(firstWeakRank(0)).toBeNull();
    expect(firstWeakRank(2)).toBeNull();
    // n − ⌊n/3⌋ + 1
    expect(firstWeakRank(3)).toBe(3); // 3 − 1 + 1
    expect(firstWeakRank(4)).toBe(4); // 4 − 1 + 1
    expect(firstWeakRank(6)).toBe(5); // 6 − 2 + 1
    expect(firstWeakRank(12)).toBe(9); // 12 − 4 + 1
    expect(firstWeakRank(20)).toBe(15); // 20 − 6 + 1
  });

  it("marks rank 9 of 12 weak and rank 8 of 12 not (boundary)", () => {
    const [d] = diagnose([st("a", 30, 9), st("b", 35, 8), st("c", 90, 1), st("d", 10, 12)], MAPPING);
    expect(d!.indicators.map((i) => [i.indicatorKey, i.weak])).toEqual([
      ["a", true],
      ["b", false],
      ["c", false],
      ["d", true],
    ]);
  });

  it("gives no verdict without a score, without a rank or with fewer than 3 scored peers", () => {
    const [d] = diagnose([st("a", null, null), st("b", 20, 2, 2), st("c", 15, null)], MAPPING);
    // d is not in the standings at all.
    for (const i of d!.indicators) {
      expect(i.assessed, i.indicatorKey).toBe(false);
      expect(i.weak, i.indicatorKey).toBe(false);
    }
    expect(d!.indicators.find((i) => i.indicatorKey === "b")).toMatchObject({ score: 20, rank: 2, ranked: 2 });
    expect(d!.indicators.find((i) => i.indicatorKey === "d")).toMatchObject({ score: null, rank: null, ranked: 0 });
    expect(d!.severity).toBe("no_data");
    expect(d!.coverage).toEqual({ assessed: 0, mapped: 4 });
  });
});

describe("diagnose: severity", () => {
  it("is serious when exactly half of the indicators with data are weak (inclusive)", () => {
    // a, d weak; b, c strong → 2 of 4 = half
    const [d] = diagnose([st("a", 20, 10), st("b", 60, 3), st("c", 70, 2), st("d", 5, 12)], MAPPING);
    expect(d!.severity).toBe("serious");
    expect(d!.weakCount).toBe(2);
    expect(d!.coverage).toEqual({ assessed: 4, mapped: 4 });
  });

  it("counts only indicators with data in the half: 1 weak of 2 with data is serious", () => {
    const [d] = diagnose([st("a", 20, 10), st("b", 60, 3), st("c", null, null)], MAPPING);
    expect(d!.coverage).toEqual({ assessed: 2, mapped: 4 });
    expect(d!.severity).toBe("serious");
  });

  it("is 'some' when at least one but fewer than half are weak", () => {
    // 1 of 3 weak
    const [d] = diagnose([st("a", 20, 10), st("b", 60, 3), st("c", 70, 2)], MAPPING);
    expect(d!.severity).toBe("some");
    expect(d!.weakCount).toBe(1);
  });

  it("is 'none' when no indicator with data is weak", () => {
    const [d] = diagnose([st("a", 50, 5), st("b", 60, 3), st("c", 70, 2), st("d", 40, 8)], MAPPING);
    expect(d!.severity).toBe("none");
    expect(d!.weakCount).toBe(0);
  });

  it("is 'no_data' when no mapped indicator has data", () => {
    const [d] = diagnose([st("x", 10, 12)], MAPPING);
    expect(d!.severity).toBe("no_data");
  });

  it("runs over the real mapping, heading by heading", () => {
    const result = diagnose([
      st("mining_share", 5, 12),
      st("hitech_mfg_share", 10, 11),
      st("sei_share", 80, 2),
      st("urban_rate", 55, 6),
    ]);
    expect(result.map((d) => d.key)).toEqual(["institutional", "industrial_foundation", "urban_functions"]);
    expect(heading(result, "institutional").severity).toBe("no_data");
    const industry = heading(result, "industrial_foundation");
    // 2 weak of 3 with data
    expect(industry.severity).toBe("serious");
    expect(industry.coverage).toEqual({ assessed: 3, mapped: industry.indicators.length });
    expect(industry.indicators.map((i) => i.indicatorKey)).toEqual(BOTTLENECKS[1]!.indicators.map((i) => i.indicatorKey));
    expect(heading(result, "urban_functions").severity).toBe("none");
  });
});

describe("toSummaryStandings", () => {
  it("rescales the 0–1 score to 0–100 and keeps rank and peers", () => {
    const standings: IndicatorStanding[] = [
      { indicatorKey: "a", value: 3, score: 0.256, rank: 4, ranked: 10, peerMedian: 2, best: null },
      { indicatorKey: "b", value: null, score: null, rank: null, ranked: 9, peerMedian: null, best: null },
    ];
    const out = toSummaryStandings(standings);
    expect(out[0]!.score).toBeCloseTo(25.6, 10);
    expect(out[0]).toMatchObject({ indicatorKey: "a", rank: 4, ranked: 10 });
    expect(out[1]).toEqual({ indicatorKey: "b", score: null, rank: null, ranked: 9 });
  });
});

describe("diagnose: a standing without a score", () => {
  it("is not assessed even when it carries a rank", () => {
    // 12 ranked → first weak rank 12 − ⌊12/3⌋ + 1 = 9; rank 12 would be weak, but there is no score
    const [d] = diagnose([st("a", null, 12)], MAPPING);
    expect(d!.indicators[0]).toMatchObject({ indicatorKey: "a", assessed: false, weak: false });
    expect(d!.severity).toBe("no_data");
  });
});
