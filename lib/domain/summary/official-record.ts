import type { OFFICIAL_RESULTS } from "../enums";
import type { Grade, GradeHistoryEntry } from "./grades";

// How the programme's own record enters the consecutive-poor rule (docs/methodology.md, consecutive
// poor grades). The national bodies grade cities; the product grades areas. Per area and year:
//
// 1. Where the official results of the year hold a grade (a commendation is not a grade, nor is a
//    result for a whole plan period), they decide the year. The area counts as poor when the source
//    grades the area as a whole poor, or grades every one of its member cities poor; otherwise the
//    year does not count as poor. One city rated poor among others rated good does not make the area
//    poor: the rule removes cities, and the area stays while any of its cities does.
// 2. Otherwise the evaluator's decision in the product (confirmed or overridden) counts.
// 3. Otherwise nothing counts, and the year breaks a run: an unconfirmed proposal is never counted.

export type OfficialResultValue = (typeof OFFICIAL_RESULTS)[number];

export type OfficialResultFact = {
  year: number;
  /** Set for a result covering a whole plan period: not a yearly grade. */
  periodStart: number | null;
  /** The city the source names; null = the area as a whole. */
  city: { zh: string | null; en: string | null } | null;
  result: OfficialResultValue;
};

export type MemberCityName = { nameZh: string | null; nameEn: string | null };

/** How one year's official results count for the rule: poor, not poor, or no published grade (null). */
export type OfficialStanding = "poor" | "not_poor" | null;

const sameCity = (city: { zh: string | null; en: string | null }, member: MemberCityName) =>
  (city.zh !== null && city.zh === member.nameZh) || (city.en !== null && city.en === member.nameEn);

/**
 * One area's official standing in one year, from the results published for it that year. With no
 * member cities on record, the area counts as poor when every city the source grades is graded poor.
 */
export function officialStanding(results: readonly OfficialResultFact[], year: number, cities: readonly MemberCityName[]): OfficialStanding {
  const grades = results.filter((r) => r.year === year && r.periodStart === null && r.result !== "commendation");
  if (grades.length === 0) return null;
  // The area as a whole, when the source grades it so: the last such result recorded wins.
  const whole = grades.filter((r) => r.city === null).at(-1);
  if (whole) return whole.result === "poor" ? "poor" : "not_poor";
  const poorCity = (member: MemberCityName) => grades.some((r) => r.city !== null && r.result === "poor" && sameCity(r.city, member));
  if (cities.length === 0) return grades.every((r) => r.result === "poor") ? "poor" : "not_poor";
  return cities.every(poorCity) ? "poor" : "not_poor";
}

/** What one year counts for the rule: the official standing where there is one, else the evaluator's decision. */
export function countedYear(official: OfficialStanding, decided: Grade | null): Pick<GradeHistoryEntry, "grade" | "basis"> {
  if (official !== null) return { grade: official === "poor" ? "poor" : "not_poor", basis: "official" };
  if (decided !== null) return { grade: decided, basis: "decided" };
  return { grade: null, basis: null };
}

/**
 * The history the rule runs on, for the given areas and years: each area-year counted as above. The
 * years should include every year with an official result or a decision.
 */
export function countedHistory(input: {
  areaCodes: readonly string[];
  years: readonly number[];
  officialOf: (areaCode: string) => readonly OfficialResultFact[];
  citiesOf: (areaCode: string) => readonly MemberCityName[];
  decidedOf: (areaCode: string, year: number) => Grade | null;
}): GradeHistoryEntry[] {
  const history: GradeHistoryEntry[] = [];
  for (const areaCode of input.areaCodes) {
    const official = input.officialOf(areaCode);
    const cities = input.citiesOf(areaCode);
    for (const year of input.years) {
      history.push({ areaCode, year, ...countedYear(officialStanding(official, year, cities), input.decidedOf(areaCode, year)) });
    }
  }
  return history;
}
