import { describe, expect, it } from "vitest";
import { assessAreaProgress, type PeriodContext } from "@/lib/domain/area-progress";
import type { PlanPeriod } from "@/lib/domain/plan";

const FYP14_OPEN: PlanPeriod = { code: "fyp14", nameZh: "十四五", nameEn: "14th", baseYear: 2020, targetYear: 2025, state: "open" };
const open14: PeriodContext = { period: FYP14_OPEN, approvedYears: new Set() };

describe("assessAreaProgress", () => {
  const indicators = [
    { key: "rd", direction: "higher", growthForm: "compound", decimals: 2 },
    { key: "pop", direction: "context", growthForm: "compound", decimals: 1 },
    { key: "energy", direction: "lower", growthForm: "compound", decimals: 3 },
    { key: "migration", direction: "higher", growthForm: "linear", decimals: 2 },
  ] as const;
  const values = [
    // Out of order on purpose: the series comes back sorted by year.
    { indicatorKey: "rd", year: 2022, value: 121 },
    { indicatorKey: "rd", year: 2020, value: 100 },
    { indicatorKey: "energy", year: 2020, value: 1 },
    { indicatorKey: "energy", year: 2022, value: 0.9409 },
    { indicatorKey: "pop", year: 2022, value: 300 },
    { indicatorKey: "migration", year: 2020, value: -1 },
    { indicatorKey: "migration", year: 2022, value: -0.6 },
    { indicatorKey: "other", year: 2022, value: 1 },
  ];
  const targets = [
    { indicatorKey: "rd", kind: "absolute", value: 161.051, baseYear: 2020, targetYear: 2025 },
    { indicatorKey: "energy", kind: "change_pct", value: -13.5, baseYear: 2020, targetYear: 2025 },
  ] as const;

  it("assesses every scored indicator with its own series, direction, form and target, and skips context ones", () => {
    const rows = assessAreaProgress(indicators, values, targets, open14);
    expect(rows.map((r) => r.indicatorKey)).toEqual(["rd", "energy", "migration"]);
    const [rd, energy, migration] = rows;
    expect(rd!.series).toEqual([
      { year: 2020, value: 100 },
      { year: 2022, value: 121 },
    ]);
    expect(rd!.target).toEqual({ kind: "absolute", value: 161.051, baseYear: 2020, targetYear: 2025 });
    // a = (121/100)^(1/2) − 1 = 0.1 = r → R = 1 → on track
    expect(rd!.result.status).toBe("on_track");
    expect(rd!.result.ratio).toBeCloseTo(1, 10);
    // Lower is better: T = 1 × 0.865; a = 0.9409^(1/2) − 1 = −0.03; r = 0.865^(1/5) − 1 = −0.0285885;
    // R = 1.0493714 → on track (with "higher" it would be deterioration)
    expect(energy!.result.targetValue).toBeCloseTo(0.865, 10);
    expect(energy!.result.ratio).toBeCloseTo(1.0493714, 6);
    expect(energy!.result.status).toBe("on_track");
    // No target: linear slope (−0.6 + 1)/2 = 0.2, relative 0.2/|−1| = 0.2 ≥ 0.015 → substantial
    expect(migration!.target).toBeNull();
    expect(migration!.result.form).toBe("linear");
    expect(migration!.result.status).toBe("substantial");
  });

  it("gives an indicator without values an empty series", () => {
    const rows = assessAreaProgress([{ key: "rd", direction: "higher", growthForm: "compound", decimals: 2 }], [], targets, open14);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.series).toEqual([]);
    // An open period with no value after its base year has no data yet.
    expect(rows[0]!.result.status).toBe("no_data_yet");
  });

  it("assesses as of an earlier year", () => {
    const later = [...values, { indicatorKey: "rd", year: 2024, value: 90 }];
    // With 2024: a = (90/100)^(1/4) − 1 < 0 → deterioration; as of 2022 still on track
    expect(assessAreaProgress(indicators, later, targets, open14)[0]!.result.status).toBe("deterioration");
    expect(assessAreaProgress(indicators, later, targets, open14, 2022)[0]!.result.status).toBe("on_track");
  });
});

describe("a closed period's verdicts", () => {
  const closed: PlanPeriod = { ...FYP14_OPEN, state: "closed" };
  const higher = [{ key: "share", direction: "higher", growthForm: "compound", decimals: 1 }] as const;
  const lower = [{ key: "energy", direction: "lower", growthForm: "compound", decimals: 3 }] as const;
  const shareTarget = [{ indicatorKey: "share", kind: "absolute", value: 15, baseYear: 2020, targetYear: 2025 }] as const;
  const judge = (values: { year: number; value: number }[], approved: number[] = [], asOf?: number) =>
    assessAreaProgress(higher, values.map((v) => ({ indicatorKey: "share", ...v })), shareTarget, { period: closed, approvedYears: new Set(approved) }, asOf)[0]!;

  it("meets a higher-is-better target at it, and at a value that rounds to it at the stored precision", () => {
    // 15.0 = T → met; share (15 − 10) / (15 − 10) = 1
    const at = judge([{ year: 2020, value: 10 }, { year: 2025, value: 15 }]);
    expect(at.result.status).toBe("met");
    expect(at.verdict).toEqual({ achievedShare: 1, targetYearValue: 15, final: false });
    // 14.96 shows as 15.0 at one decimal → met; 14.94 shows as 14.9 → missed
    expect(judge([{ year: 2020, value: 10 }, { year: 2025, value: 14.96 }]).result.status).toBe("met");
    const under = judge([{ year: 2020, value: 10 }, { year: 2025, value: 14.94 }]);
    expect(under.result.status).toBe("missed");
    // (14.94 − 10) / (15 − 10) = 4.94 / 5 = 0.988
    expect(under.verdict!.achievedShare).toBeCloseTo(0.988, 12);
  });

  it("judges a lower-is-better target the other way round", () => {
    // T = 1 × (1 − 13.5 %) = 0.865
    const target = [{ indicatorKey: "energy", kind: "change_pct", value: -13.5, baseYear: 2020, targetYear: 2025 }] as const;
    const run = (v2025: number) =>
      assessAreaProgress(lower, [{ indicatorKey: "energy", year: 2020, value: 1 }, { indicatorKey: "energy", year: 2025, value: v2025 }], target, { period: closed, approvedYears: new Set() })[0]!;
    expect(run(0.865).result.status).toBe("met");
    expect(run(0.864).result.status).toBe("met");
    expect(run(0.866).result.status).toBe("missed");
    // (0.9 − 1) / (0.865 − 1) = −0.1 / −0.135 = 0.7407407…
    expect(run(0.9).verdict!.achievedShare).toBeCloseTo(0.740740741, 8);
  });

  it("gives insufficient data without a target-year value, never a verdict from a projection", () => {
    // On course by 2024 (10 → 14.6), but no 2025 value
    const noLast = judge([{ year: 2020, value: 10 }, { year: 2024, value: 14.6 }]);
    expect(noLast.result.status).toBe("insufficient_data");
    expect(noLast.verdict).toEqual({ achievedShare: null, targetYearValue: null, final: false });
  });

  it("is provisional until the target year is approved, then final", () => {
    const values = [{ year: 2020, value: 10 }, { year: 2025, value: 16 }];
    expect(judge(values, [2023, 2024]).verdict!.final).toBe(false);
    expect(judge(values, [2024, 2025]).verdict!.final).toBe(true);
  });

  it("seen from before its end with only the base-year value, has insufficient data, not \"no data yet\"", () => {
    // A closed period tracked as of 2022, with 2020 = 10 only: 10 < 15 not achieved, one year →
    // insufficient data. "No data yet" belongs to an open period alone.
    const onlyBase = judge([{ year: 2020, value: 10 }], [], 2022);
    expect(onlyBase.verdict).toBeNull();
    expect(onlyBase.result.status).toBe("insufficient_data");
  });

  it("tracks the period as it stood when seen from a year before its end", () => {
    const values = [{ year: 2020, value: 10 }, { year: 2022, value: 12 }, { year: 2025, value: 16 }];
    const asOf2022 = judge(values, [], 2022);
    expect(asOf2022.verdict).toBeNull();
    // a = (12/10)^(1/2) − 1 = 0.0954451; r = (15/10)^(1/5) − 1 = 0.0844718; R = 1.1299 → on track
    expect(asOf2022.result.status).toBe("on_track");
    expect(judge(values, [], 2025).result.status).toBe("met");
  });
});

describe("an open period before its first reported year", () => {
  const fyp15: PlanPeriod = { code: "fyp15", nameZh: "十五五", nameEn: "15th", baseYear: 2025, targetYear: 2030, state: "open" };
  const ind = [{ key: "share", direction: "higher", growthForm: "compound", decimals: 1 }] as const;
  const target = [{ indicatorKey: "share", kind: "absolute", value: 12, baseYear: 2025, targetYear: 2030 }] as const;
  const run = (values: { year: number; value: number }[]) =>
    assessAreaProgress(ind, values.map((v) => ({ indicatorKey: "share", ...v })), target, { period: fyp15, approvedYears: new Set() })[0]!.result.status;

  it("shows no data yet from the base year alone, even with the target already passed", () => {
    expect(run([{ year: 2025, value: 13 }])).toBe("no_data_yet");
    expect(run([])).toBe("no_data_yet");
    // An absolute target is shown even without any value; a relative one needs the base value.
    const none = assessAreaProgress(ind, [], target, { period: fyp15, approvedYears: new Set() })[0]!.result;
    expect(none.targetValue).toBe(12);
    const relative = [{ indicatorKey: "share", kind: "change_pct", value: 20, baseYear: 2025, targetYear: 2030 }] as const;
    expect(assessAreaProgress(ind, [], relative, { period: fyp15, approvedYears: new Set() })[0]!.result.targetValue).toBeNull();
  });

  it("assesses once a year after the base is reported", () => {
    // 13 ≥ 12 in 2026 → achieved; 10 → 10.5: a = 0.05, r = (12/10)^(1/5) − 1 = 0.0371372; R = 1.346 → on track
    expect(run([{ year: 2025, value: 10 }, { year: 2026, value: 13 }])).toBe("achieved");
    expect(run([{ year: 2025, value: 10 }, { year: 2026, value: 10.5 }])).toBe("on_track");
  });
});
