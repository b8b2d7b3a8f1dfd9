import { describe, expect, it } from "vitest";
import {
  consecutivePoorFlags,
  GRADE_THRESHOLDS,
  onTrackShare,
  proposeGrade,
  type Grade,
  type GradeHistoryEntry,
  type GradeReason,
} from "@/lib/domain/summary/grades";

const propose = (composite: number | null, share: number | null, targets = 5) => proposeGrade({ composite, onTrackShare: share, targets });
const codes = (reasons: GradeReason[]) => reasons.map((r) => `${r.code}${r.params.grade ? `:${r.params.grade}` : ""}`);

describe("GRADE_THRESHOLDS", () => {
  it("are the published numbers", () => {
    expect(GRADE_THRESHOLDS).toEqual({
      excellent: { compositeAtLeast: 60, onTrackShareAtLeast: 0.6 },
      good: { compositeAtLeast: 50, onTrackShareAtLeast: 0.4 },
      poor: { compositeBelow: 40, onTrackShareBelow: 0.2 },
      minTargets: 3,
    });
  });
});

describe("proposeGrade: excellent (composite ≥ 60 and share ≥ 60%, both inclusive)", () => {
  it("is excellent exactly at both lines", () => {
    // 3 of 5 = 0.6
    const result = propose(60, 3 / 5);
    expect(result.grade).toBe("excellent");
    expect(codes(result.reasons)).toEqual(["composite_at_least:excellent", "share_at_least:excellent"]);
    expect(result.reasons[0]!.params).toMatchObject({ value: 60, threshold: 60 });
    expect(result.reasons[1]!.params).toMatchObject({ value: 0.6, threshold: 0.6 });
  });

  it("compares the composite as shown, to one decimal", () => {
    // 59.95 shows as 60.0 → excellent; 59.94 shows as 59.9 → not
    expect(propose(59.95, 0.6).grade).toBe("excellent");
    const below = propose(59.94, 0.6);
    expect(below.grade).toBe("good");
    expect(codes(below.reasons)).toEqual(["composite_at_least:good", "share_at_least:good", "composite_below:excellent"]);
    expect(below.reasons[2]!.params).toMatchObject({ value: 59.9, threshold: 60 });
  });

  it("is good, not excellent, just under the share line", () => {
    // 7 of 12 = 0.583…
    const result = propose(75, 7 / 12, 12);
    expect(result.grade).toBe("good");
    expect(codes(result.reasons)).toEqual(["composite_at_least:good", "share_at_least:good", "share_below:excellent"]);
  });

  it("needs at least 3 assessable targets", () => {
    // 2 of 2 on track, composite 80: progress share not used → good at most
    const result = propose(80, 1, 2);
    expect(result.grade).toBe("good");
    expect(codes(result.reasons)).toEqual(["composite_at_least:good", "few_targets"]);
    expect(result.reasons[1]!.params).toEqual({ targets: 2, minTargets: 3 });
    expect(propose(80, 1, 3).grade).toBe("excellent");
  });
});

describe("proposeGrade: good (composite ≥ 50 and share ≥ 40%, both inclusive)", () => {
  it("is good exactly at both lines", () => {
    // 2 of 5 = 0.4
    expect(propose(50, 2 / 5).grade).toBe("good");
  });

  it("is fair just under the composite line", () => {
    const result = propose(49.9, 2 / 5);
    expect(result.grade).toBe("fair");
    expect(codes(result.reasons)).toEqual(["composite_below:good"]);
  });

  it("is fair just under the share line", () => {
    // 3 of 8 = 0.375
    const result = propose(55, 3 / 8, 8);
    expect(result.grade).toBe("fair");
    expect(codes(result.reasons)).toEqual(["share_below:good"]);
  });

  it("decides on the composite alone with no or few targets", () => {
    const none = propose(55, null, 0);
    expect(none.grade).toBe("good");
    expect(codes(none.reasons)).toEqual(["composite_at_least:good", "few_targets", "composite_below:excellent"]);
    expect(propose(49.9, null, 0).grade).toBe("fair");
    // 0 of 2 on track is not held against the area
    expect(propose(55, 0, 2).grade).toBe("good");
  });
});

describe("proposeGrade: poor (composite < 40 or share < 20%, both exclusive)", () => {
  it("is poor just under the composite line and fair on it", () => {
    const poor = propose(39.9, 0.5);
    expect(poor.grade).toBe("poor");
    expect(codes(poor.reasons)).toEqual(["composite_below:poor"]);
    expect(propose(40, 0.5).grade).toBe("fair");
    // 39.95 shows as 40.0
    expect(propose(39.95, 0.5).grade).toBe("fair");
  });

  it("is poor just under the share line and fair on it", () => {
    // 1 of 5 = 0.2 → fair; 1 of 6 = 0.1667 → poor
    expect(propose(45, 1 / 5).grade).toBe("fair");
    const poor = propose(45, 1 / 6, 6);
    expect(poor.grade).toBe("poor");
    expect(codes(poor.reasons)).toEqual(["share_below:poor"]);
  });

  it("is poor on progress even with a high composite", () => {
    // 0 of 4 on track
    expect(propose(72, 0, 4).grade).toBe("poor");
  });

  it("cites both lines when both are crossed", () => {
    expect(codes(propose(30, 0, 3).reasons)).toEqual(["composite_below:poor", "share_below:poor"]);
  });

  it("uses the share only from 3 assessable targets", () => {
    // 0 of 2: not poor on progress; fair because 45 < 50
    const result = propose(45, 0, 2);
    expect(result.grade).toBe("fair");
    expect(codes(result.reasons)).toEqual(["composite_below:good", "few_targets"]);
    expect(propose(45, 0, 3).grade).toBe("poor");
  });
});

describe("proposeGrade: missing composite", () => {
  it("proposes nothing", () => {
    expect(propose(null, 0.9)).toEqual({ grade: null, reasons: [{ code: "composite_missing", params: {} }] });
    expect(propose(Number.NaN, 0.9).grade).toBeNull();
  });
});

describe("proposeGrade: the rules do not overlap", () => {
  it("matches each rule read on its own, over a grid of composites and shares", () => {
    const T = GRADE_THRESHOLDS;
    for (let c10 = 0; c10 <= 1000; c10 += 5) {
      const c = c10 / 10;
      for (let k = 0; k <= 10; k++) {
        const share = k / 10;
        const isExcellent = c >= T.excellent.compositeAtLeast && share >= T.excellent.onTrackShareAtLeast;
        const isGood = c >= T.good.compositeAtLeast && share >= T.good.onTrackShareAtLeast;
        const isPoor = c < T.poor.compositeBelow || share < T.poor.onTrackShareBelow;
        // Poor never meets good's conditions, so each point matches one rule at most.
        expect(isGood && isPoor).toBe(false);
        const expected: Grade = isExcellent ? "excellent" : isGood ? "good" : isPoor ? "poor" : "fair";
        expect(propose(c, share, 10).grade, `${c} / ${share}`).toBe(expected);
      }
    }
  });
});

describe("onTrackShare", () => {
  it("counts achieved and on track over the targets that can be assessed", () => {
    // assessed: achieved, on_track, moderate, deterioration, limited = 5; on track 2
    expect(onTrackShare(["achieved", "on_track", "moderate", "deterioration", "limited", "insufficient_data"])).toEqual({
      onTrack: 2,
      targets: 5,
      share: 0.4,
    });
  });

  it("is null with nothing to assess", () => {
    expect(onTrackShare(["insufficient_data"])).toEqual({ onTrack: 0, targets: 0, share: null });
    expect(onTrackShare([])).toEqual({ onTrack: 0, targets: 0, share: null });
  });
});

describe("consecutivePoorFlags", () => {
  const h = (areaCode: string, byYear: Record<number, Grade | null>): GradeHistoryEntry[] =>
    Object.entries(byYear).map(([year, grade]) => ({ areaCode, year: Number(year), grade, basis: grade === null ? null : "decided" }));

  it("flags two poor years in a row ending this year, with the third-year warning", () => {
    const flags = consecutivePoorFlags(h("a", { 2021: "good", 2022: "poor", 2023: "poor" }), 2023);
    expect(flags).toEqual([
      { areaCode: "a", years: [2022, 2023], bases: ["decided", "decided"], length: 2, current: true, level: "two_in_a_row", thirdYearWarning: true, losesDesignation: false },
    ]);
  });

  it("flags three in a row as losing the designation", () => {
    const flags = consecutivePoorFlags(h("a", { 2021: "poor", 2022: "poor", 2023: "poor" }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ years: [2021, 2022, 2023], length: 3, current: true, level: "three_or_more", thirdYearWarning: false, losesDesignation: true });
  });

  it("does not join runs across a gap year, a missing grade or a better grade", () => {
    expect(consecutivePoorFlags(h("a", { 2021: "poor", 2023: "poor" }), 2023)).toEqual([]);
    expect(consecutivePoorFlags(h("a", { 2021: "poor", 2022: null, 2023: "poor" }), 2023)).toEqual([]);
    expect(consecutivePoorFlags(h("a", { 2021: "poor", 2022: "fair", 2023: "poor" }), 2023)).toEqual([]);
    // two separate runs of two
    const two = consecutivePoorFlags(h("a", { 2018: "poor", 2019: "poor", 2020: "good", 2021: "poor", 2022: "poor" }), 2022);
    expect(two.map((f) => [f.years, f.current, f.thirdYearWarning])).toEqual([
      [[2018, 2019], false, false],
      [[2021, 2022], true, true],
    ]);
  });

  it("keeps a past run without the warning", () => {
    const flags = consecutivePoorFlags(h("a", { 2020: "poor", 2021: "poor", 2022: "good" }), 2022);
    expect(flags[0]).toMatchObject({ years: [2020, 2021], current: false, thirdYearWarning: false, losesDesignation: false });
  });

  it("ignores years after asOfYear, and by default takes the latest year in the history", () => {
    const history = h("a", { 2021: "poor", 2022: "poor", 2023: "poor" });
    expect(consecutivePoorFlags(history, 2022)[0]).toMatchObject({ years: [2021, 2022], thirdYearWarning: true });
    // Default asOf is the latest year of any area: b's 2024 makes a's run a past one.
    const flags = consecutivePoorFlags([...h("a", { 2021: "poor", 2022: "poor" }), ...h("b", { 2024: "good" })]);
    expect(flags[0]).toMatchObject({ areaCode: "a", current: false });
  });

  it("orders by area, keeps the last entry for a year, and ignores single poor years", () => {
    const history: GradeHistoryEntry[] = [
      ...h("zz", { 2022: "poor", 2023: "poor" }),
      ...h("aa", { 2022: "poor", 2023: "poor" }),
      ...h("mm", { 2023: "poor" }),
      // aa's 2022 grade overridden to fair later in the list
      { areaCode: "aa", year: 2022, grade: "fair", basis: "decided" },
    ];
    expect(consecutivePoorFlags(history, 2023).map((f) => f.areaCode)).toEqual(["zz"]);
    const both = consecutivePoorFlags([...history, { areaCode: "aa", year: 2022, grade: "poor", basis: "decided" }], 2023);
    expect(both.map((f) => f.areaCode)).toEqual(["aa", "zz"]);
  });

  it("returns nothing for an empty history", () => {
    expect(consecutivePoorFlags([])).toEqual([]);
  });
});

describe("grades: the remaining lines from both sides", () => {
  it("does not count a status that only exists without a target", () => {
    expect(onTrackShare(["substantial", "on_track", "moderate"])).toEqual({ onTrack: 1, targets: 2, share: 0.5 });
  });

  it("cites only the share for a good grade that reaches the excellent composite line", () => {
    // 60 is on the excellent composite line; 5 of 10 = 0.5 < 0.6 keeps it good
    expect(codes(propose(60, 0.5, 10).reasons)).toEqual(["composite_at_least:good", "share_at_least:good", "share_below:excellent"]);
    // 59.9 is under it as well
    expect(codes(propose(59.9, 0.5, 10).reasons)).toEqual(["composite_at_least:good", "share_at_least:good", "composite_below:excellent", "share_below:excellent"]);
  });

  it("cites only the share for a fair grade that reaches the good composite line", () => {
    // 50 is on the good line; 3 of 10 = 0.3 < 0.4 → fair, and not poor (0.3 ≥ 0.2)
    const result = propose(50, 0.3, 10);
    expect(result.grade).toBe("fair");
    expect(codes(result.reasons)).toEqual(["share_below:good"]);
  });

  it("finds consecutive poor years given in any order", () => {
    const history: GradeHistoryEntry[] = [
      { areaCode: "a", year: 2023, grade: "poor", basis: "decided" },
      { areaCode: "a", year: 2021, grade: "poor", basis: "decided" },
      { areaCode: "a", year: 2022, grade: "poor", basis: "decided" },
    ];
    expect(consecutivePoorFlags(history, 2023)).toEqual([
      { areaCode: "a", years: [2021, 2022, 2023], bases: ["decided", "decided", "decided"], length: 3, current: true, level: "three_or_more", thirdYearWarning: false, losesDesignation: true },
    ]);
  });

  it("counts a poor year given without a basis as decided", () => {
    const history: GradeHistoryEntry[] = [
      { areaCode: "a", year: 2021, grade: "poor", basis: null },
      { areaCode: "a", year: 2022, grade: "poor", basis: "decided" },
    ];
    expect(consecutivePoorFlags(history, 2022)[0]!.bases).toEqual(["decided", "decided"]);
  });

  it("flags at two and loses at three, not at one or two", () => {
    const run = (n: number) =>
      consecutivePoorFlags(Array.from({ length: n }, (_, i) => ({ areaCode: "a", year: 2020 + i, grade: "poor" as const, basis: "decided" as const })), 2019 + n);
    expect(run(1)).toEqual([]);
    expect(run(2)[0]).toMatchObject({ level: "two_in_a_row", losesDesignation: false, thirdYearWarning: true });
    expect(run(3)[0]).toMatchObject({ level: "three_or_more", losesDesignation: true, thirdYearWarning: false });
    expect(run(4)[0]).toMatchObject({ length: 4, level: "three_or_more", losesDesignation: true, thirdYearWarning: false });
  });
});
