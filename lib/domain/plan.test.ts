import { describe, expect, it } from "vitest";
import { currentPeriod, findPeriod, isJudged, PERIOD_CODE_PATTERN, periodOfYear, previousPeriod, type PlanPeriod } from "@/lib/domain/plan";

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

  it("orders the periods by target year, whatever order they come in", () => {
    // Open: 15th and 16th; the latest open one by target year (2035) is the 16th, wherever it stands.
    expect(currentPeriod([fyp16, fyp15, fyp14])?.code).toBe("fyp16");
    // Before every period: the first by target year (the 14th), not the first given.
    expect(periodOfYear([fyp16, fyp15, fyp14], 2019)?.code).toBe("fyp14");
    // After every period: the last by target year (the 16th).
    expect(periodOfYear([fyp16, fyp14, fyp15], 2036)?.code).toBe("fyp16");
  });

  it("prefers the latest open period to a later closed one, and the latest of several open ones", () => {
    // Open: the 14th only; the 15th (closed) is later but not open → the 14th.
    const open14: PlanPeriod = { ...fyp14, state: "open" };
    const closed15: PlanPeriod = { ...fyp15, state: "closed" };
    expect(currentPeriod([open14, closed15])?.code).toBe("fyp14");
    // Three open: the last of them (the 16th), not the second.
    expect(currentPeriod([open14, fyp15, fyp16])?.code).toBe("fyp16");
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
    // No periods: none.
    expect(periodOfYear([], 2020)).toBeNull();
    // A gap between two periods (2026–2028 here, the next one based on 2028): the later one.
    const gap = [fyp14, { ...fyp16, baseYear: 2028, targetYear: 2033 }];
    expect(periodOfYear(gap, 2026)?.code).toBe("fyp16");
    expect(periodOfYear(gap, 2025)?.code).toBe("fyp14");
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



  it("accepts period codes of a lower-case letter and 1 to 15 letters or digits", () => {
    const ok = (code: string) => PERIOD_CODE_PATTERN.test(code);
    expect(ok("fyp15")).toBe(true);
    // Length 2 (the least) and 16 (the most: "f" + 15) pass; 1 and 17 do not.
    expect(ok("f1")).toBe(true);
    expect(ok("f" + "1".repeat(15))).toBe(true);
    expect(ok("f")).toBe(false);
    expect(ok("f" + "1".repeat(16))).toBe(false);
    // Not a digit or capital first, no other character anywhere, nothing before or after.
    expect(ok("1fyp15")).toBe(false);
    expect(ok("Fyp15")).toBe(false);
    expect(ok("fyp-15")).toBe(false);
    expect(ok("fyp15-")).toBe(false);
    expect(ok("fyp15\n")).toBe(false);
  });
});
