import { describe, expect, it } from "vitest";
import { consecutivePoorFlags, type Grade } from "./grades";
import { countedHistory, countedYear, officialStanding, type OfficialResultFact } from "./official-record";

const HUNAN = [
  { nameZh: "株洲", nameEn: "Zhuzhou" },
  { nameZh: "湘潭", nameEn: "Xiangtan" },
  { nameZh: "娄底", nameEn: "Loudi" },
];
const city = (zh: string | null, en: string | null = null) => ({ zh, en });
const r = (year: number, c: { zh: string | null; en: string | null } | null, result: OfficialResultFact["result"], periodStart: number | null = null): OfficialResultFact => ({
  year,
  periodStart,
  city: c,
  result,
});

describe("officialStanding: a year's published results for a multi-city area", () => {
  it("is null without a published grade that year", () => {
    expect(officialStanding([], 2020, HUNAN)).toBeNull();
    expect(officialStanding([r(2019, city("湘潭"), "poor")], 2020, HUNAN)).toBeNull();
    // A commendation is not a grade, nor is a result for a whole plan period.
    expect(officialStanding([r(2020, city("湘潭"), "commendation")], 2020, HUNAN)).toBeNull();
    expect(officialStanding([r(2020, city("湘潭"), "poor", 2016)], 2020, HUNAN)).toBeNull();
  });

  it("is poor only when every member city is graded poor", () => {
    const twoPoor = [r(2021, city("株洲"), "poor"), r(2021, city("湘潭"), "poor")];
    // Two of three cities poor, the third not graded: not poor.
    expect(officialStanding(twoPoor, 2021, HUNAN)).toBe("not_poor");
    // Two poor and one good: not poor.
    expect(officialStanding([...twoPoor, r(2021, city("娄底"), "good")], 2021, HUNAN)).toBe("not_poor");
    // All three poor: poor. The third is matched by its English name.
    expect(officialStanding([...twoPoor, r(2021, city(null, "Loudi"), "poor")], 2021, HUNAN)).toBe("poor");
  });

  it("as published for 2020: Xiangtan excellent, Zhuzhou and Loudi good → not poor", () => {
    const results = [r(2020, city("湘潭"), "excellent"), r(2020, city("株洲"), "good"), r(2020, city("娄底"), "good")];
    expect(officialStanding(results, 2020, HUNAN)).toBe("not_poor");
  });

  it("takes a grade of the area as a whole over its cities' grades", () => {
    const cityPoor = [r(2021, city("株洲"), "poor"), r(2021, city("湘潭"), "poor"), r(2021, city("娄底"), "poor")];
    expect(officialStanding([...cityPoor, r(2021, null, "good")], 2021, HUNAN)).toBe("not_poor");
    expect(officialStanding([r(2021, city("湘潭"), "excellent"), r(2021, null, "poor")], 2021, HUNAN)).toBe("poor");
  });

  it("without member cities on record, is poor when every graded city is poor", () => {
    expect(officialStanding([r(2021, city("甲"), "poor"), r(2021, city("乙"), "poor")], 2021, [])).toBe("poor");
    expect(officialStanding([r(2021, city("甲"), "poor"), r(2021, city("乙"), "good")], 2021, [])).toBe("not_poor");
  });
});

describe("countedYear: official where published, else the evaluator's decision, never a proposal", () => {
  it("prefers the official standing, whatever the decision", () => {
    expect(countedYear("poor", "good")).toEqual({ grade: "poor", basis: "official" });
    expect(countedYear("not_poor", "poor")).toEqual({ grade: "not_poor", basis: "official" });
  });
  it("falls back to the decision, and to nothing", () => {
    expect(countedYear(null, "poor")).toEqual({ grade: "poor", basis: "decided" });
    expect(countedYear(null, null)).toEqual({ grade: null, basis: null });
  });
});

describe("countedHistory into consecutivePoorFlags", () => {
  const run = (official: OfficialResultFact[], decided: Record<number, Grade>, years: number[], asOf: number) =>
    consecutivePoorFlags(
      countedHistory({
        areaCodes: ["hunan-central"],
        years,
        officialOf: () => official,
        citiesOf: () => HUNAN,
        decidedOf: (_, y) => decided[y] ?? null,
      }),
      asOf,
    );
  const allPoor = (year: number) => HUNAN.map((c) => r(year, city(c.nameZh), "poor"));

  it("three years: official poor (all cities), then two decided poor → loses the designation, saying which counted", () => {
    const flags = run(allPoor(2022), { 2023: "poor", 2024: "poor" }, [2022, 2023, 2024], 2024);
    expect(flags).toEqual([
      {
        areaCode: "hunan-central",
        years: [2022, 2023, 2024],
        bases: ["official", "decided", "decided"],
        length: 3,
        current: true,
        level: "three_or_more",
        thirdYearWarning: false,
        losesDesignation: true,
      },
    ]);
  });

  it("an official year that is not poor breaks the run, even against a poor decision", () => {
    const official = [r(2023, city("湘潭"), "good"), r(2023, city("株洲"), "poor"), r(2023, city("娄底"), "poor")];
    expect(run(official, { 2022: "poor", 2023: "poor", 2024: "poor" }, [2022, 2023, 2024], 2024)).toEqual([]);
  });

  it("a year with neither an official grade nor a decision breaks the run", () => {
    // 2023 has neither (a proposal there would not count).
    expect(run(allPoor(2022), { 2024: "poor" }, [2022, 2023, 2024], 2024)).toEqual([]);
    // Two in a row ending this year: the warning, with its bases.
    const two = run(allPoor(2023), { 2024: "poor" }, [2022, 2023, 2024], 2024);
    expect(two).toHaveLength(1);
    expect(two[0]).toMatchObject({ years: [2023, 2024], bases: ["official", "decided"], thirdYearWarning: true, losesDesignation: false });
  });
});

describe("officialStanding: matching a graded city to a member city", () => {
  it("matches by a name both sides have, never by two missing names or by one name alone differing", () => {
    // Each result grades one city poor; the one member is poor only when a result names it.
    const member = (nameZh: string | null, nameEn: string | null) => [{ nameZh, nameEn }];
    expect(officialStanding([r(2020, city("湘潭", "Xiangtan"), "poor")], 2020, member("湘潭", null))).toBe("poor");
    expect(officialStanding([r(2020, city(null, "Xiangtan"), "poor")], 2020, member(null, "Xiangtan"))).toBe("poor");
    // Both Chinese names missing, English names differ: not the same city.
    expect(officialStanding([r(2020, city(null, "Xiangtan"), "poor")], 2020, member(null, "Loudi"))).toBe("not_poor");
    // Both English names missing, Chinese names differ: not the same city.
    expect(officialStanding([r(2020, city("湘潭", null), "poor")], 2020, member("娄底", null))).toBe("not_poor");
    // Both names present and both differ.
    expect(officialStanding([r(2020, city("湘潭", "Xiangtan"), "poor")], 2020, member("娄底", "Loudi"))).toBe("not_poor");
  });
});

describe("countedHistory", () => {
  it("gives one entry per area and year, in the order asked", () => {
    const history = countedHistory({ areaCodes: ["b", "a"], years: [2020, 2021], officialOf: () => [], citiesOf: () => [], decidedOf: () => null });
    expect(history.map((h) => [h.areaCode, h.year])).toEqual([
      ["b", 2020],
      ["b", 2021],
      ["a", 2020],
      ["a", 2021],
    ]);
  });
});
