import { describe, expect, it } from "vitest";
import { breaksWithin, type SeriesBreak } from "@/lib/domain/series-break";

const at = (indicatorKey: string, fromYear: number): SeriesBreak => ({ indicatorKey, fromYear, reasonZh: "", reasonEn: "", source: "", sourceUrl: "" });

describe("series breaks within a span of years", () => {
  const breaks = [at("energy_intensity", 2024), at("energy_intensity", 2019), at("urban_rate", 2024)];

  it("marks a break from 2024 in a span that holds 2023 and 2024, not in one that starts at 2024", () => {
    // 2020–2025 has values on both sides of 2024; 2024–2025 has only values from 2024 on.
    expect(breaksWithin(breaks, "energy_intensity", 2020, 2025).map((b) => b.fromYear)).toEqual([2024]);
    expect(breaksWithin(breaks, "energy_intensity", 2023, 2024).map((b) => b.fromYear)).toEqual([2024]);
    expect(breaksWithin(breaks, "energy_intensity", 2024, 2025)).toEqual([]);
    // A span that ends before the break year holds values of one side only.
    expect(breaksWithin(breaks, "energy_intensity", 2020, 2023)).toEqual([]);
  });

  it("keeps to the indicator asked for, earliest first", () => {
    expect(breaksWithin(breaks, "energy_intensity", 2015, 2030).map((b) => b.fromYear)).toEqual([2019, 2024]);
    expect(breaksWithin(breaks, "urban_rate", 2015, 2030).map((b) => b.indicatorKey)).toEqual(["urban_rate"]);
    expect(breaksWithin(breaks, "rd_intensity", 2015, 2030)).toEqual([]);
  });
});
