import { describe, expect, it } from "vitest";
import { currentPeriod, findPeriod, isJudged, isValidYear, periodOfYear, periodSpan, previousPeriod, type PlanPeriod } from "@/lib/domain/plan";

const fyp14: PlanPeriod = { code: "fyp14", nameZh: "十四五", nameEn: "14th", baseYear: 2020, targetYear: 2025, state: "closed" };
const fyp15: PlanPeriod = { code: "fyp15", nameZh: "十五五", nameEn: "15th", baseYear: 2025, targetYear: 2030, state: "open" };
// A further period is one more row: nothing below knows its years.
const fyp16: PlanPeriod = { code: "fyp16", nameZh: "十六五", nameEn: "16th", baseYear: 2030, targetYear: 2035, state: "open" };

describe("plan periods", () => {
  it("shows the latest open period by default, else the latest", () => {
    expect(currentPeriod([fyp15, fyp14])?.code).toBe("fyp15");
    expect(currentPeriod([fyp14, fyp15, fyp16])?.code).toBe("fyp16");
    expect(currentPeriod([fyp14])?.code).toBe("fyp14");
    expect(currentPeriod([])).toBeNull();
  });

  it("places a year in the period whose years after the base include it", () => {
    const all = [fyp14, fyp15, fyp16];
    expect(periodOfYear(all, 2021)?.code).toBe("fyp14");
    expect(periodOfYear(all, 2025)?.code).toBe("fyp14");
    expect(periodOfYear(all, 2026)?.code).toBe("fyp15");
    expect(periodOfYear(all, 2031)?.code).toBe("fyp16");
    // Before every period: the first; after every period: the last.
    expect(periodOfYear(all, 2019)?.code).toBe("fyp14");
    expect(periodOfYear(all, 2020)?.code).toBe("fyp14");
    expect(periodOfYear(all, 2036)?.code).toBe("fyp16");
  });

  it("finds a period by code and the one before it", () => {
    expect(findPeriod([fyp14, fyp15], "fyp15")).toBe(fyp15);
    expect(findPeriod([fyp14, fyp15], "fyp13")).toBeNull();
    expect(previousPeriod([fyp14, fyp15, fyp16], fyp16)).toBe(fyp15);
    expect(previousPeriod([fyp14, fyp15], fyp14)).toBeNull();
  });

  it("judges a closed period from its target year on, never an open one", () => {
    expect(isJudged(fyp14)).toBe(true);
    expect(isJudged(fyp14, 2025)).toBe(true);
    expect(isJudged(fyp14, 2024)).toBe(false);
    expect(isJudged(fyp15, 2030)).toBe(false);
  });

  it("spans its base year to its target year", () => {
    expect(periodSpan(fyp15)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  });

  it("accepts whole years from 2000 to 2100 only", () => {
    expect([1999, 2000, 2100, 2101, 2020.5].map(isValidYear)).toEqual([false, true, true, false, false]);
  });
});
