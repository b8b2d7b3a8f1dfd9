import { describe, expect, it } from "vitest";
import {
  assessProgress,
  resolveTarget,
  summariseStatuses,
  judgeTarget,
  type ProgressInput,
  type ProgressResult,
  type TargetSpec,
  type YearValue,
} from "@/lib/domain/progress";

// Every expectation below is worked out by hand; the comment shows the arithmetic.

function series(pairs: [number, number][]): YearValue[] {
  return pairs.map(([year, value]) => ({ year, value }));
}

function absolute(value: number, baseYear = 2020): TargetSpec {
  return { kind: "absolute", value, baseYear, targetYear: 2025 };
}

function assess(overrides: Partial<ProgressInput> & Pick<ProgressInput, "series">): ProgressResult {
  return assessProgress({ direction: "higher", growthForm: "compound", target: null, baseYear: 2020, targetYear: 2025, ...overrides });
}

describe("resolveTarget", () => {
  it("keeps an absolute target", () => {
    expect(resolveTarget(absolute(26), 5)).toBe(26);
  });

  it("applies a relative target to the base value", () => {
    // 0.8 × (1 − 13.5/100) = 0.8 × 0.865 = 0.692
    expect(resolveTarget({ kind: "change_pct", value: -13.5, baseYear: 2020, targetYear: 2025 }, 0.8)).toBeCloseTo(0.692, 10);
    // 50 × (1 + 20/100) = 60
    expect(resolveTarget({ kind: "change_pct", value: 20, baseYear: 2020, targetYear: 2025 }, 50)).toBeCloseTo(60, 10);
  });
});

describe("assessProgress with a target (compound form)", () => {
  it("is on track when observed growth matches the required growth", () => {
    // T = 100 × 1.1^5 = 161.051
    const result = assess({ series: series([[2020, 100], [2022, 121]]), target: absolute(161.051) });
    expect(result.status).toBe("on_track");
    expect(result.form).toBe("compound");
    expect(result.baseYear).toBe(2020);
    expect(result.latestYear).toBe(2022);
    // a = (121/100)^(1/2) − 1 = 1.1 − 1 = 0.1
    expect(result.observedGrowth).toBeCloseTo(0.1, 10);
    // r = (161.051/100)^(1/5) − 1 = 1.1 − 1 = 0.1
    expect(result.requiredGrowth).toBeCloseTo(0.1, 10);
    // R = 0.1 / 0.1 = 1
    expect(result.ratio).toBeCloseTo(1, 10);
    // projected = 121 × 1.1^3 = 121 × 1.331 = 161.051
    expect(result.projected).toBeCloseTo(161.051, 8);
    // still required = (161.051/121)^(1/3) − 1 = 1.331^(1/3) − 1 = 0.1
    expect(result.requiredAnnualGrowth).toBeCloseTo(0.1, 10);
  });

  it("is moderate when 0.6 ≤ R < 0.95", () => {
    // T = 100 × 1.08^5 = 146.9328077
    const result = assess({ series: series([[2020, 100], [2022, 110.25]]), target: absolute(146.9328077) });
    // a = (110.25/100)^(1/2) − 1 = 1.05 − 1 = 0.05; r = 0.08; R = 0.05/0.08 = 0.625
    expect(result.observedGrowth).toBeCloseTo(0.05, 10);
    expect(result.requiredGrowth).toBeCloseTo(0.08, 8);
    expect(result.ratio).toBeCloseTo(0.625, 8);
    expect(result.status).toBe("moderate");
    // projected = 110.25 × 1.05^3 = 110.25 × 1.157625 = 127.6281563
    expect(result.projected).toBeCloseTo(127.6281563, 6);
    // still required = (146.9328077/110.25)^(1/3) − 1 = 1.3327239^(1/3) − 1 = 0.1004747
    expect(result.requiredAnnualGrowth).toBeCloseTo(0.1004747, 6);
  });

  it("is limited when 0 ≤ R < 0.6", () => {
    // a = (104.04/100)^(1/2) − 1 = 1.02 − 1 = 0.02; r = 0.08; R = 0.02/0.08 = 0.25
    const result = assess({ series: series([[2020, 100], [2022, 104.04]]), target: absolute(146.9328077) });
    expect(result.ratio).toBeCloseTo(0.25, 8);
    expect(result.status).toBe("limited");
  });

  it("shows deterioration when the indicator moves away from the target", () => {
    // a = (81/100)^(1/2) − 1 = 0.9 − 1 = −0.1; r = 0.08; R = −0.1/0.08 = −1.25
    const result = assess({ series: series([[2020, 100], [2022, 81]]), target: absolute(146.9328077) });
    expect(result.ratio).toBeCloseTo(-1.25, 8);
    expect(result.status).toBe("deterioration");
  });

  it("puts R = 0.95 exactly on track despite rounding", () => {
    // a = 106.65/100 − 1 = 0.0665; r = 107/100 − 1 = 0.07 (both over one year); R = 0.0665/0.07 = 0.95,
    // which floating point computes as 0.9499999999999992
    const target: TargetSpec = { kind: "absolute", value: 107, baseYear: 2020, targetYear: 2021 };
    const result = assess({ series: series([[2020, 100], [2021, 106.65]]), target });
    expect(result.ratio).toBeCloseTo(0.95, 10);
    expect(result.status).toBe("on_track");
  });

  it("is achieved when the latest value reaches the target (higher is better)", () => {
    const result = assess({ series: series([[2020, 8], [2023, 27]]), target: absolute(26) });
    expect(result.status).toBe("achieved");
    expect(result.ratio).toBeNull();
    expect(result.requiredAnnualGrowth).toBeNull();
    // a = (27/8)^(1/3) − 1 = 1.5 − 1 = 0.5; projected = 27 × 1.5^2 = 60.75
    expect(result.observedGrowth).toBeCloseTo(0.5, 10);
    expect(result.projected).toBeCloseTo(60.75, 8);
  });

  it("is achieved when the latest value is at or below the target (lower is better)", () => {
    const result = assess({
      series: series([[2020, 100], [2024, 80]]),
      direction: "lower",
      target: absolute(82),
    });
    expect(result.status).toBe("achieved");
  });

  it("counts a value equal to the target as achieved", () => {
    // T = 1.0 × (1 − 0.135) = 0.865, typed exactly
    const result = assess({
      series: series([[2020, 1], [2023, 0.865]]),
      direction: "lower",
      target: { kind: "change_pct", value: -13.5, baseYear: 2020, targetYear: 2025 },
    });
    expect(result.status).toBe("achieved");
  });

  it("is achieved with only the base-year value when that already meets the target", () => {
    const result = assess({ series: series([[2020, 30]]), target: absolute(26) });
    expect(result.status).toBe("achieved");
    expect(result.observedGrowth).toBeNull();
    expect(result.projected).toBeNull();
  });

  it("assesses lower-is-better indicators (CO₂ index toward 82)", () => {
    const result = assess({ series: series([[2020, 100], [2022, 94.09]]), direction: "lower", target: absolute(82) });
    // a = (94.09/100)^(1/2) − 1 = 0.97 − 1 = −0.03
    expect(result.observedGrowth).toBeCloseTo(-0.03, 10);
    // r = (82/100)^(1/5) − 1 = exp(ln 0.82 / 5) − 1 = exp(−0.1984509 / 5) − 1 = 0.9610872 − 1 = −0.0389128
    expect(result.requiredGrowth).toBeCloseTo(-0.0389128, 6);
    // R = −0.03 / −0.0389128 = 0.7709535
    expect(result.ratio).toBeCloseTo(0.7709535, 6);
    expect(result.status).toBe("moderate");
  });

  it("resolves a relative target (energy intensity −13.5 % vs 2020)", () => {
    const result = assess({
      series: series([[2020, 1], [2022, 0.9409]]),
      direction: "lower",
      target: { kind: "change_pct", value: -13.5, baseYear: 2020, targetYear: 2025 },
    });
    // T = 1 × (1 − 13.5/100) = 0.865
    expect(result.targetValue).toBeCloseTo(0.865, 10);
    // a = (0.9409/1)^(1/2) − 1 = 0.97 − 1 = −0.03
    // r = 0.865^(1/5) − 1 = exp(−0.1450258 / 5) − 1 = 0.9714115 − 1 = −0.0285885
    expect(result.requiredGrowth).toBeCloseTo(-0.0285885, 6);
    // R = −0.03 / −0.0285885 = 1.0493714
    expect(result.ratio).toBeCloseTo(1.0493714, 6);
    expect(result.status).toBe("on_track");
    // still required = (0.865/0.9409)^(1/3) − 1 = 0.9193326^(1/3) − 1 = 0.9723536 − 1 = −0.0276464
    expect(result.requiredAnnualGrowth).toBeCloseTo(-0.0276464, 6);
  });

  it("falls back to the earliest later year when the base year has no value", () => {
    const result = assess({ series: series([[2019, 40], [2021, 50], [2023, 60.5]]), target: absolute(80) });
    expect(result.baseYear).toBe(2021);
    expect(result.baseValue).toBe(50);
    // a = (60.5/50)^(1/2) − 1 = 1.1 − 1 = 0.1
    expect(result.observedGrowth).toBeCloseTo(0.1, 10);
    // r = (80/50)^(1/(2025−2021)) − 1 = 1.6^(1/4) − 1 = 1.1246827 − 1 = 0.1246827
    expect(result.requiredGrowth).toBeCloseTo(0.1246827, 6);
    // R = 0.1 / 0.1246827 = 0.8020362
    expect(result.ratio).toBeCloseTo(0.8020362, 6);
    expect(result.status).toBe("moderate");
  });

  it("resolves a relative target from the fallback base value", () => {
    // base = 2021 value 50; T = 50 × (1 + 20/100) = 60
    const result = assess({
      series: series([[2021, 50], [2023, 55]]),
      target: { kind: "change_pct", value: 20, baseYear: 2020, targetYear: 2025 },
    });
    expect(result.targetValue).toBeCloseTo(60, 10);
  });

  it("uses the target's own base year", () => {
    const result = assess({ series: series([[2020, 10], [2022, 100], [2024, 121]]), target: absolute(161.051, 2022) });
    // base = 2022 value 100; a = (121/100)^(1/2) − 1 = 0.1; r = (161.051/100)^(1/3) − 1 = 1.1721625 − 1
    expect(result.baseYear).toBe(2022);
    expect(result.requiredGrowth).toBeCloseTo(0.1721625, 6);
    // R = 0.1 / 0.1721625 = 0.5808467
    expect(result.ratio).toBeCloseTo(0.5808467, 6);
    expect(result.status).toBe("limited");
  });

  it("shows deterioration, not a ratio, when the target equals the base value", () => {
    // r = (100/100)^(1/5) − 1 = 0, so R would divide by zero; 95 < 100 moved the wrong way
    const result = assess({ series: series([[2020, 100], [2022, 95]]), target: absolute(100) });
    expect(result.requiredGrowth).toBe(0);
    expect(result.ratio).toBeNull();
    expect(result.status).toBe("deterioration");
  });

  it("shows deterioration when the target lies below the base of a higher-is-better indicator and is missed", () => {
    // a = (81/100)^(1/2) − 1 = −0.1; r = (90/100)^(1/5) − 1 = −0.0208516; a/r = 4.80 would read
    // "on track", but the value fell below a target that already allowed a decline.
    const result = assess({ series: series([[2020, 100], [2022, 81]]), target: absolute(90) });
    expect(result.requiredGrowth).toBeCloseTo(-0.0208516, 6);
    expect(result.ratio).toBeNull();
    expect(result.status).toBe("deterioration");
  });

  it("ignores values after asOfYear", () => {
    const input = { series: series([[2020, 100], [2022, 121], [2024, 90]]), target: absolute(161.051) };
    // as of 2022: a = 0.1 = r → on track; with 2024: a = (90/100)^(1/4) − 1 < 0 → deterioration
    expect(assess({ ...input, asOfYear: 2022 }).status).toBe("on_track");
    expect(assess({ ...input, asOfYear: 2022 }).latestYear).toBe(2022);
    expect(assess(input).status).toBe("deterioration");
  });

  it("projects nothing and requires nothing once the latest year is past the target year", () => {
    // a = (110.25/100)^(1/6) − 1 = 0.0163964; r = (150/100)^(1/5) − 1 = 0.0844718;
    // R = 0.0163964 / 0.0844718 = 0.1941046 → limited
    const result = assess({ series: series([[2020, 100], [2026, 110.25]]), target: absolute(150) });
    expect(result.projected).toBeNull();
    expect(result.requiredAnnualGrowth).toBeNull();
    expect(result.ratio).toBeCloseTo(0.1941046, 6);
    expect(result.status).toBe("limited");
  });

  it("uses one value per year and ignores non-finite values", () => {
    // 2022 given twice: the last (121) wins; NaN in 2023 is dropped → latest is 2022, on track
    const result = assess({
      series: series([[2020, 100], [2022, 50], [2022, 121], [2023, Number.NaN]]),
      target: absolute(161.051),
    });
    expect(result.latestValue).toBe(121);
    expect(result.status).toBe("on_track");
  });
});

describe("assessProgress with a target (linear form)", () => {
  it("compares straight-line slopes", () => {
    const result = assess({
      series: series([[2020, 20], [2023, 50]]),
      growthForm: "linear",
      target: absolute(100),
    });
    expect(result.form).toBe("linear");
    // slope = (50 − 20)/3 = 10 per year; required = (100 − 20)/5 = 16 per year; R = 10/16 = 0.625
    expect(result.observedGrowth).toBeCloseTo(10, 10);
    expect(result.requiredGrowth).toBeCloseTo(16, 10);
    expect(result.ratio).toBeCloseTo(0.625, 10);
    expect(result.status).toBe("moderate");
    // projected = 50 + 10 × 2 = 70; still required = (100 − 50)/2 = 25 per year
    expect(result.projected).toBeCloseTo(70, 10);
    expect(result.requiredAnnualGrowth).toBeCloseTo(25, 10);
  });

  it("handles negative values (net migration toward zero)", () => {
    const result = assess({
      series: series([[2020, -1], [2022, -0.6]]),
      growthForm: "linear",
      target: absolute(0),
    });
    // slope = (−0.6 − (−1))/2 = 0.2; required = (0 − (−1))/5 = 0.2; R = 1
    expect(result.ratio).toBeCloseTo(1, 10);
    expect(result.status).toBe("on_track");
  });

  it("falls back from compound to linear when the base value is zero", () => {
    const result = assess({ series: series([[2020, 0], [2022, 4]]), target: absolute(20) });
    expect(result.form).toBe("linear");
    // slope = (4 − 0)/2 = 2; required = (20 − 0)/5 = 4; R = 2/4 = 0.5
    expect(result.ratio).toBeCloseTo(0.5, 10);
    expect(result.status).toBe("limited");
    // projected = 4 + 2 × 3 = 10
    expect(result.projected).toBeCloseTo(10, 10);
  });

  it("falls back from compound to linear when the target is not positive", () => {
    const result = assess({ series: series([[2020, 2], [2022, 1]]), direction: "lower", target: absolute(-3) });
    expect(result.form).toBe("linear");
    // slope = (1 − 2)/2 = −0.5; required = (−3 − 2)/5 = −1; R = −0.5/−1 = 0.5
    expect(result.ratio).toBeCloseTo(0.5, 10);
    expect(result.status).toBe("limited");
  });
});

describe("assessProgress: the status lines R = 0.95, 0.6 and 0, from both sides", () => {
  // Linear form, base 2020 = 0, target 100 in 2025: r = (100 − 0)/5 = 20 a year. One year observed
  // (2021), so a = y₂₀₂₁ − 0 and R = y₂₀₂₁ / 20.
  const at = (latest: number) =>
    assess({ series: series([[2020, 0], [2021, latest]]), growthForm: "linear", target: absolute(100) });

  it.each([
    [19.002, 0.9501, "on_track"], // 19.002/20
    [19, 0.95, "on_track"], // 19/20, on the line
    [18.998, 0.9499, "moderate"], // 18.998/20, just under it
    [12.002, 0.6001, "moderate"],
    [12, 0.6, "moderate"],
    [11.998, 0.5999, "limited"],
    [0.002, 0.0001, "limited"],
    [0, 0, "limited"],
    [-0.002, -0.0001, "deterioration"],
  ] as const)("a latest value of %d gives R = %d: %s", (latest, ratio, status) => {
    const result = at(latest);
    expect(result.ratio).toBeCloseTo(ratio, 12);
    expect(result.status).toBe(status);
  });

  it("allows rounding noise at a line, but not more", () => {
    // R = 0.95 − 1e-12 is 0.95 on paper (the slack is 1e-9 × max(1, 0.95) = 1e-9) …
    expect(at(19 - 2e-11).status).toBe("on_track");
    // … while R = 0.95 − 1e-7 lies clearly under the line: (19 − 2e-6)/20 = 0.9499999
    expect(at(19 - 2e-6).status).toBe("moderate");
  });

  it("scales the rounding slack with the size of the target", () => {
    // The slack is 1e-9 × |T|: 1e-6 for T = 1000. 999.9999999 (1e-7 short) is 1000 typed through a
    // rounding step → achieved; 999.99 is not.
    const higher = (latest: number) => assess({ series: series([[2020, 500], [2022, latest]]), target: absolute(1000) });
    expect(higher(999.9999999).status).toBe("achieved");
    expect(higher(999.99).status).not.toBe("achieved");
    // The same for a lower-is-better target, where the line is compared as −T = −1000.
    const lower = (latest: number) =>
      assess({ series: series([[2020, 2000], [2022, latest]]), direction: "lower", target: absolute(1000) });
    expect(lower(1000.0000001).status).toBe("achieved");
    expect(lower(1000.01).status).not.toBe("achieved");
  });
});

describe("assessProgress with insufficient data", () => {
  it("needs more than one year when the target is not met", () => {
    const result = assess({ series: series([[2020, 10]]), target: absolute(26) });
    expect(result.status).toBe("insufficient_data");
    expect(result.baseYear).toBe(2020);
    expect(result.ratio).toBeNull();
  });

  it("needs a value in or after the base year", () => {
    const result = assess({ series: series([[2018, 10], [2019, 12]]), target: absolute(26) });
    expect(result.status).toBe("insufficient_data");
    expect(result.baseYear).toBeNull();
    expect(result.latestYear).toBe(2019);
  });

  it("does not take a base in or after the target year", () => {
    const result = assess({ series: series([[2025, 10], [2026, 12]]), target: absolute(26) });
    expect(result.status).toBe("insufficient_data");
    expect(result.baseYear).toBeNull();
  });

  it("handles an empty series", () => {
    const result = assess({ series: [], target: null });
    expect(result.status).toBe("insufficient_data");
    expect(result.hasTarget).toBe(false);
  });
});

describe("assessProgress without a target", () => {
  it("classifies compound growth of at least 1.5 % a year as substantial", () => {
    // a = (104.04/100)^(1/2) − 1 = 0.02 ≥ 0.015
    const result = assess({ series: series([[2020, 100], [2022, 104.04]]) });
    expect(result.hasTarget).toBe(false);
    expect(result.targetValue).toBeNull();
    expect(result.observedGrowth).toBeCloseTo(0.02, 10);
    expect(result.status).toBe("substantial");
    // projected to 2025 = 104.04 × 1.02^3 = 104.04 × 1.061208 = 110.4080803
    expect(result.projected).toBeCloseTo(110.4080803, 6);
  });

  it("classifies 0.5 %–1.5 % as moderate", () => {
    // a = (102.01/100)^(1/2) − 1 = 0.01
    expect(assess({ series: series([[2020, 100], [2022, 102.01]]) }).status).toBe("moderate");
  });

  it("classifies 0 %–0.5 % as limited", () => {
    // a = 100.3/100 − 1 = 0.003
    expect(assess({ series: series([[2020, 100], [2021, 100.3]]) }).status).toBe("limited");
  });

  it("classifies a fall as deterioration", () => {
    // a = 99/100 − 1 = −0.01
    expect(assess({ series: series([[2020, 100], [2021, 99]]) }).status).toBe("deterioration");
  });

  it("reverses the sign for lower-is-better indicators", () => {
    // a = 0.95/1 − 1 = −0.05; d·a = −1 × −0.05 = 0.05 ≥ 0.015
    expect(assess({ series: series([[2020, 1], [2021, 0.95]]), direction: "lower" }).status).toBe("substantial");
  });

  it("makes linear growth relative to the base value", () => {
    // slope = (−0.3 − (−0.5))/2 = 0.1; relative = 0.1/|−0.5| = 0.2 ≥ 0.015
    const result = assess({ series: series([[2020, -0.5], [2022, -0.3]]), growthForm: "linear" });
    expect(result.observedGrowth).toBeCloseTo(0.1, 10); // reported in units per year
    expect(result.status).toBe("substantial");
  });

  it("uses the linear slope itself when the base value is zero", () => {
    // slope = (0.004 − 0)/1 = 0.004 < 0.005
    expect(assess({ series: series([[2020, 0], [2021, 0.004]]), growthForm: "linear" }).status).toBe("limited");
  });

  it("honours a custom base year", () => {
    // base 2022 = 100, latest 2023 = 99 → a = −0.01 (the rise since 2020 is ignored)
    const result = assess({ series: series([[2020, 50], [2022, 100], [2023, 99]]), baseYear: 2022 });
    expect(result.baseYear).toBe(2022);
    expect(result.status).toBe("deterioration");
  });
});

describe("assessProgress: the details around the lines", () => {
  it("counts a value exactly the rounding slack short of the target as achieved", () => {
    // slack = 1e-9 × max(1, 0.5) = 1e-9: 0.5 − 1e-9 is on the line, not under it
    const result = assess({ series: series([[2020, 0.4], [2022, 0.5 - 1e-9]]), target: absolute(0.5) });
    expect(result.status).toBe("achieved");
  });

  it("sorts the series by year, whatever order it comes in", () => {
    const result = assess({ series: series([[2022, 121], [2020, 100]]), target: absolute(161.051) });
    expect(result.baseYear).toBe(2020);
    expect(result.latestYear).toBe(2022);
    expect(result.status).toBe("on_track");
  });

  it("falls back to the linear form when the latest value is zero", () => {
    // slope (0 − 10)/2 = −5; required (20 − 10)/5 = 2; R = −5/2 = −2.5
    const result = assess({ series: series([[2020, 10], [2022, 0]]), target: absolute(20) });
    expect(result.form).toBe("linear");
    expect(result.observedGrowth).toBe(-5);
    expect(result.ratio).toBeCloseTo(-2.5, 12);
  });

  it("falls back to the linear form when the target is zero", () => {
    // lower is better, 10 → 5 toward 0: slope (5 − 10)/2 = −2.5; required (0 − 10)/5 = −2; R = 1.25 → on track
    // (compound would give (5/10)^(1/2) − 1 = −0.2929 against (0/10)^(1/5) − 1 = −1, R = 0.29)
    const result = assess({ series: series([[2020, 10], [2022, 5]]), direction: "lower", target: absolute(0) });
    expect(result.form).toBe("linear");
    expect(result.ratio).toBeCloseTo(1.25, 12);
    expect(result.status).toBe("on_track");
  });

  it("in the target year itself projects the latest value and requires nothing more", () => {
    // a = (150/100)^(1/5) − 1 = 0.0844718; projected = 150 × 1.0844718^0 = 150
    const result = assess({ series: series([[2020, 100], [2025, 150]]), target: absolute(200) });
    expect(result.projected).toBe(150);
    expect(result.requiredAnnualGrowth).toBeNull();
    // r = 2^(1/5) − 1 = 0.1486984; R = 0.0844718/0.1486984 = 0.5680747 → limited
    expect(result.ratio).toBeCloseTo(0.5680747, 6);
    expect(result.status).toBe("limited");
  });

  it("requires no growth without a target", () => {
    const result = assess({ series: series([[2020, 100], [2022, 104.04]]) });
    expect(result.requiredGrowth).toBeNull();
    expect(result.requiredAnnualGrowth).toBeNull();
    expect(result.ratio).toBeNull();
  });
});

describe("assessProgress without a target: the growth lines 1.5 %, 0.5 % and 0, from both sides", () => {
  // Linear form with base 100 over one year: the relative growth is (y₂₀₂₁ − 100)/1/|100|, so a latest
  // value of 101.5 is exactly 1.5 % a year.
  const at = (latest: number, direction: "higher" | "lower" = "higher") =>
    assess({ series: series([[2020, 100], [2021, latest]]), growthForm: "linear", direction });

  it.each([
    [101.51, "substantial"], // (101.51 − 100)/100 = 0.0151
    [101.5, "substantial"], // 0.015, on the line
    [101.49, "moderate"], // 0.0149
    [100.51, "moderate"], // 0.0051
    [100.5, "moderate"], // 0.005
    [100.49, "limited"], // 0.0049
    [100.01, "limited"], // 0.0001
    [100, "limited"], // 0
    [99.99, "deterioration"], // −0.0001
  ] as const)("a latest value of %d is %s", (latest, status) => {
    expect(at(latest).status).toBe(status);
  });

  it("applies the same lines to the direction-adjusted growth of a lower-is-better indicator", () => {
    // d·a/|y₀| = −1 × (98.5 − 100)/100 = 0.015 → substantial; 98.51 → 0.0149 → moderate
    expect(at(98.5, "lower").status).toBe("substantial");
    expect(at(98.51, "lower").status).toBe("moderate");
    // 100.01 → −0.0001 → deterioration
    expect(at(100.01, "lower").status).toBe("deterioration");
  });

  it("applies the lines to compound growth", () => {
    // a = 101.49/100 − 1 = 0.0149 → moderate; 101.5/100 − 1 = 0.015 → substantial
    expect(assess({ series: series([[2020, 100], [2021, 101.49]]) }).status).toBe("moderate");
    expect(assess({ series: series([[2020, 100], [2021, 101.5]]) }).status).toBe("substantial");
    // a = 100.49/100 − 1 = 0.0049 → limited; 100.5/100 − 1 = 0.005 → moderate
    expect(assess({ series: series([[2020, 100], [2021, 100.49]]) }).status).toBe("limited");
    expect(assess({ series: series([[2020, 100], [2021, 100.5]]) }).status).toBe("moderate");
  });
});

describe("summariseStatuses", () => {
  it("counts only indicators with a target, each status on its own", () => {
    const target = absolute(161.051);
    const results = [
      assess({ series: series([[2020, 100], [2022, 121]]), target }), // on track
      assess({ series: series([[2020, 100], [2024, 170]]), target }), // achieved
      assess({ series: series([[2020, 100], [2022, 110.25]]), target: absolute(146.9328077) }), // moderate
      assess({ series: series([[2020, 100], [2022, 104.04]]), target: absolute(146.9328077) }), // limited
      assess({ series: series([[2020, 100], [2022, 81]]), target }), // deterioration
      assess({ series: series([[2020, 100]]), target }), // insufficient data
      assess({ series: series([[2020, 100], [2022, 104.04]]) }), // no target: not counted
    ];
    expect(summariseStatuses(results)).toEqual({
      achieved: 1,
      onTrack: 1,
      moderate: 1,
      limited: 1,
      worsening: 1,
      insufficient: 1,
      noDataYet: 0,
      met: 0,
      missed: 0,
      total: 6,
    });
  });

  it("counts the verdicts of a closed period and an open period's targets without data yet", () => {
    const counted = summariseStatuses([
      { hasTarget: true, status: "met" },
      { hasTarget: true, status: "met" },
      { hasTarget: true, status: "missed" },
      { hasTarget: true, status: "no_data_yet" },
      { hasTarget: false, status: "substantial" },
    ]);
    expect(counted).toMatchObject({ met: 2, missed: 1, noDataYet: 1, achieved: 0, onTrack: 0, total: 4 });
  });

  it("returns zeros for no results", () => {
    expect(summariseStatuses([])).toEqual({ achieved: 0, onTrack: 0, moderate: 0, limited: 0, worsening: 0, insufficient: 0, noDataYet: 0, met: 0, missed: 0, total: 0 });
  });
});

describe("annual_growth targets", () => {
  const growth7 = (baseYear = 2025, targetYear = 2030): TargetSpec => ({ kind: "annual_growth", value: 7, baseYear, targetYear });

  it("resolves to the base value compounded at the rate over the period", () => {
    // 100 × 1.07^5 = 100 × 1.4025517307 = 140.25517307
    expect(resolveTarget(growth7(), 100)).toBeCloseTo(140.25517307, 9);
    // 100 × 1.07^2 = 114.49
    expect(resolveTarget(growth7(2025, 2027), 100)).toBeCloseTo(114.49, 10);
  });

  it("compares the observed yearly growth with the rate: at it on track, just under it moderate", () => {
    const run = (v2027: number) =>
      assessProgress({ series: series([[2025, 100], [2027, v2027]]), direction: "higher", growthForm: "compound", target: growth7(), baseYear: 2025, targetYear: 2030 });
    // 7 % a year for two years: 114.49 → a = 0.07 = r → R = 1 → on track
    const at = run(114.49);
    expect(at.requiredGrowth).toBeCloseTo(0.07, 12);
    expect(at.ratio).toBeCloseTo(1, 10);
    expect(at.status).toBe("on_track");
    // 6.6 % a year: 100 × 1.066² = 113.6356 → R = 0.066 / 0.07 = 0.942857 < 0.95 → moderate
    const under = run(113.6356);
    expect(under.ratio).toBeCloseTo(0.942857143, 8);
    expect(under.status).toBe("moderate");
    // 6.7 % a year: 100 × 1.067² = 113.8489 → R = 0.957143 ≥ 0.95 → on track
    expect(run(113.8489).status).toBe("on_track");
  });
});

describe("judgeTarget", () => {
  const base = { direction: "higher" as const, decimals: 1, targetYear: 2025, baseValue: 10, targetValue: 15 };

  it("meets at the target, misses just under it at the stored precision", () => {
    expect(judgeTarget({ ...base, series: series([[2025, 15]]) }).status).toBe("met");
    expect(judgeTarget({ ...base, series: series([[2025, 15.04]]) }).status).toBe("met");
    expect(judgeTarget({ ...base, series: series([[2025, 14.9]]) }).status).toBe("missed");
  });

  it("gives the share of the intended change achieved", () => {
    // (13.7 − 10) / (15 − 10) = 0.74: "achieved 74 % of the intended change"
    expect(judgeTarget({ ...base, series: series([[2024, 14], [2025, 13.7]]) })).toEqual({ status: "missed", targetYearValue: 13.7, achievedShare: expect.closeTo(0.74, 12) });
    // A target equal to its base has no intended change to share
    expect(judgeTarget({ ...base, targetValue: 10, series: series([[2025, 11]]) }).achievedShare).toBeNull();
  });

  it("has insufficient data without the target year's value or a base", () => {
    expect(judgeTarget({ ...base, series: series([[2024, 16]]) }).status).toBe("insufficient_data");
    expect(judgeTarget({ ...base, baseValue: null, series: series([[2025, 16]]) }).status).toBe("insufficient_data");
    // Without a resolved target (a relative one without its base): insufficient data, the value kept.
    expect(judgeTarget({ ...base, targetValue: null, series: series([[2025, 16]]) })).toEqual({ status: "insufficient_data", targetYearValue: 16, achievedShare: null });
  });
});
