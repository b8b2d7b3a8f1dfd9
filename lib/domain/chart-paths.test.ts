import { describe, expect, it } from "vitest";
import { nationalReferenceLevel, projectionPath, yearlySeries } from "@/lib/domain/chart-paths";
import type { ProgressResult } from "@/lib/domain/progress";

// Expectations worked out by hand; the comments show the arithmetic.

function result(overrides: Partial<ProgressResult>): ProgressResult {
  return {
    status: "moderate",
    hasTarget: true,
    baseYear: 2020,
    baseValue: 100,
    latestYear: 2022,
    latestValue: 121,
    targetYear: 2025,
    targetValue: 200,
    observedGrowth: 0.1,
    requiredGrowth: 0.15,
    ratio: 0.1 / 0.15,
    projected: 161.051,
    requiredAnnualGrowth: null,
    form: "compound",
    ...overrides,
  };
}

describe("projectionPath", () => {
  it("compounds the observed growth from the latest value to the target year", () => {
    // 121 × 1.1^k for k = 0…3: 121, 133.1, 146.41, 161.051
    const path = projectionPath(result({}))!;
    expect(path.map((p) => p.year)).toEqual([2022, 2023, 2024, 2025]);
    const expected = [121, 133.1, 146.41, 161.051];
    path.forEach((p, i) => expect(p.value).toBeCloseTo(expected[i]!, 9));
  });

  it("draws a straight line for the linear form", () => {
    // 50 + 10·k for k = 0…2: 50, 60, 70
    const path = projectionPath(result({ form: "linear", latestYear: 2023, latestValue: 50, observedGrowth: 10 }));
    expect(path).toEqual([
      { year: 2023, value: 50 },
      { year: 2024, value: 60 },
      { year: 2025, value: 70 },
    ]);
  });

  it("draws nothing at or past the target year, or without a latest value or growth", () => {
    expect(projectionPath(result({ latestYear: 2025 }))).toBeNull();
    expect(projectionPath(result({ latestYear: 2026 }))).toBeNull();
    expect(projectionPath(result({ latestYear: null }))).toBeNull();
    expect(projectionPath(result({ latestValue: null }))).toBeNull();
    expect(projectionPath(result({ observedGrowth: null }))).toBeNull();
  });

  it("draws two points from the year just before the target year", () => {
    // 121 × 1.1^0 = 121, 121 × 1.1 = 133.1
    const path = projectionPath(result({ latestYear: 2024 }))!;
    expect(path.map((p) => p.year)).toEqual([2024, 2025]);
    expect(path[1]!.value).toBeCloseTo(133.1, 9);
  });
});

describe("nationalReferenceLevel", () => {
  const fyp14 = { baseYear: 2020, targetYear: 2025 };
  const series = [
    { year: 2019, value: 0.9 },
    { year: 2020, value: 0.8 },
    { year: 2022, value: 0.7 },
  ];

  it("keeps an absolute reference as it is", () => {
    expect(nationalReferenceLevel({ value: 26, kind: "absolute" }, series, fyp14)).toBe(26);
  });

  it("applies a relative reference to the area's base-year value", () => {
    // 0.8 × (1 − 13.5/100) = 0.8 × 0.865 = 0.692
    expect(nationalReferenceLevel({ value: -13.5, kind: "change_pct" }, series, fyp14)).toBeCloseTo(0.692, 12);
    // From another base year: 0.9 × (1 + 10/100) = 0.99
    expect(nationalReferenceLevel({ value: 10, kind: "change_pct" }, series, { baseYear: 2019, targetYear: 2024 })).toBeCloseTo(0.99, 12);
  });

  it("has none without a reference, a kind, or a base-year value", () => {
    expect(nationalReferenceLevel({ value: null, kind: "absolute" }, series, fyp14)).toBeNull();
    expect(nationalReferenceLevel({ value: 26, kind: null }, series, fyp14)).toBeNull();
    // A relative reference without its value: none, although the base-year value (0.8) is there.
    expect(nationalReferenceLevel({ value: null, kind: "change_pct" }, series, fyp14)).toBeNull();
    expect(nationalReferenceLevel({ value: null, kind: "annual_growth" }, series, fyp14)).toBeNull();
    expect(nationalReferenceLevel(undefined, series, fyp14)).toBeNull();
    expect(nationalReferenceLevel({ value: -13.5, kind: "change_pct" }, series, { baseYear: 2021, targetYear: 2026 })).toBeNull();
  });

  it("compounds a yearly growth from the base-year value to the period's target year", () => {
    // 0.8 × 1.07^5 = 0.8 × 1.4025517307 = 1.12204138456
    expect(nationalReferenceLevel({ value: 7, kind: "annual_growth" }, series, fyp14)).toBeCloseTo(1.12204138456, 10);
  });
});

describe("yearlySeries", () => {
  it("lists every year from the first to the last value, gaps as null, whatever the input order", () => {
    expect(
      yearlySeries([
        { year: 2023, value: 3 },
        { year: 2020, value: 1 },
        { year: 2022, value: 0 },
      ]),
    ).toEqual([
      { year: 2020, value: 1 },
      { year: 2021, value: null },
      { year: 2022, value: 0 },
      { year: 2023, value: 3 },
    ]);
  });

  it("gives one point for one value and nothing for none", () => {
    expect(yearlySeries([{ year: 2021, value: 5 }])).toEqual([{ year: 2021, value: 5 }]);
    expect(yearlySeries([])).toEqual([]);
  });
});
