import { describe, expect, it } from "vitest";
import { assessAreaProgress } from "@/lib/domain/area-progress";

describe("assessAreaProgress", () => {
  const indicators = [
    { key: "rd", direction: "higher", growthForm: "compound" },
    { key: "pop", direction: "context", growthForm: "compound" },
    { key: "energy", direction: "lower", growthForm: "compound" },
    { key: "migration", direction: "higher", growthForm: "linear" },
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
    const rows = assessAreaProgress(indicators, values, targets);
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
    const rows = assessAreaProgress([{ key: "rd", direction: "higher", growthForm: "compound" }], [], targets);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.series).toEqual([]);
    expect(rows[0]!.result.status).toBe("insufficient_data");
  });

  it("assesses as of an earlier year", () => {
    const later = [...values, { indicatorKey: "rd", year: 2024, value: 90 }];
    // With 2024: a = (90/100)^(1/4) − 1 < 0 → deterioration; as of 2022 still on track
    expect(assessAreaProgress(indicators, later, targets)[0]!.result.status).toBe("deterioration");
    expect(assessAreaProgress(indicators, later, targets, 2022)[0]!.result.status).toBe("on_track");
  });
});
