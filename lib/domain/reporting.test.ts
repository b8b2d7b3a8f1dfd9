import { describe, expect, it } from "vitest";
import { defaultComparisonYear, reportingNeeded, reportingOf } from "@/lib/domain/reporting";

describe("years that are ranked", () => {
  it("needs two thirds of the members, rounded up", () => {
    // 40 × 2/3 = 26.67 → 27; 30 × 2/3 = 20 exactly → 20; 1 member → 1
    expect(reportingNeeded(40, 2 / 3)).toBe(27);
    expect(reportingNeeded(30, 2 / 3)).toBe(20);
    expect(reportingNeeded(1, 2 / 3)).toBe(1);
    expect(reportingNeeded(0, 2 / 3)).toBe(1);
  });

  it("ranks a year at the threshold, not one just under it", () => {
    expect(reportingOf(27, 40, 2 / 3)).toEqual({ reported: 27, members: 40, needed: 27, enough: true });
    expect(reportingOf(26, 40, 2 / 3).enough).toBe(false);
    expect(reportingOf(1, 40, 2 / 3).enough).toBe(false);
  });

  it("offers the latest year enough areas reported, not one a single area entered", () => {
    const reported = new Map([
      [2024, 40],
      [2025, 37],
      [2026, 1],
    ]);
    expect(defaultComparisonYear(reported, 40, 2 / 3)).toBe(2025);
    expect(defaultComparisonYear(new Map([...reported, [2025, 26]]), 40, 2 / 3)).toBe(2024);
    // A threshold of one area: the latest year anyone reported.
    expect(defaultComparisonYear(reported, 40, 1 / 40)).toBe(2026);
    // No year reaches the threshold: the latest year with data, so the pages still open.
    expect(defaultComparisonYear(new Map([[2019, 3]]), 40, 2 / 3)).toBe(2019);
    expect(defaultComparisonYear(new Map(), 40, 2 / 3)).toBeNull();
  });
});
