import { describe, expect, it } from "vitest";
import { isHttpUrl } from "@/lib/validations/official-results";
import { AREA_CITIES, CITY_SOURCES } from "./area-cities";
import { AREAS } from "./areas";
import { OFFICIAL_RESULTS_SEED } from "./official-results";
import { POLICY_DOCUMENTS } from "./policy-documents";
import { SERIES_BREAKS } from "./series-breaks";
import { INDICATOR_CATALOGUE } from "./indicators";

// Facts about the world go in only with a source: every policy document and every official result of
// the reference data carries a source with an http(s) address and a title, and says what kind of
// source it is.

const KINDS = ["official", "press", "repost"];

describe("policy documents", () => {
  it("each has at least one source, each with an http(s) address, a title in both languages and a kind", () => {
    expect(POLICY_DOCUMENTS.length).toBeGreaterThanOrEqual(8);
    for (const doc of POLICY_DOCUMENTS) {
      expect(doc.sources.length, doc.id).toBeGreaterThan(0);
      for (const source of doc.sources) {
        expect(isHttpUrl(source.url), `${doc.id}: ${source.url}`).toBe(true);
        expect(source.title.zh.trim(), doc.id).not.toBe("");
        expect(source.title.en.trim(), doc.id).not.toBe("");
        expect(KINDS, doc.id).toContain(source.kind);
      }
    }
  });

  it("each has a date, a title, issuers and what it requires, in both languages, and a unique id", () => {
    for (const doc of POLICY_DOCUMENTS) {
      expect(doc.date, doc.id).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      for (const text of [doc.title, doc.shortTitle, doc.issuers, doc.requires]) {
        expect(text.zh.trim(), doc.id).not.toBe("");
        expect(text.en.trim(), doc.id).not.toBe("");
      }
    }
    expect(new Set(POLICY_DOCUMENTS.map((d) => d.id)).size).toBe(POLICY_DOCUMENTS.length);
  });

  it("are in date order and include the seven documents of the framework's policy table", () => {
    const dates = POLICY_DOCUMENTS.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(POLICY_DOCUMENTS.filter((d) => d.inFrameworkTable).map((d) => d.date.slice(0, 7))).toEqual(["2016-09", "2017-04", "2019-08", "2021-06", "2021-09", "2021-11", "2023-05"]);
  });
});

describe("official results", () => {
  const areaCodes = new Set(AREAS.map((a) => a.code));
  const documents = new Set(POLICY_DOCUMENTS.map((d) => d.id));
  const citiesOf = new Map(AREA_CITIES.map((a) => [a.code, a.cities]));

  it("each has a source with an http(s) address, a title and a kind", () => {
    expect(OFFICIAL_RESULTS_SEED.length).toBeGreaterThan(0);
    for (const r of OFFICIAL_RESULTS_SEED) {
      expect(isHttpUrl(r.source.url), `${r.key}: ${r.source.url}`).toBe(true);
      expect(r.source.title.trim(), r.key).not.toBe("");
      expect(KINDS, r.key).toContain(r.source.kind);
    }
  });

  it("names a designated area, a member city of it (or the area as a whole, or a park with a commendation) and existing documents", () => {
    for (const r of OFFICIAL_RESULTS_SEED) {
      expect(areaCodes.has(r.areaCode), r.key).toBe(true);
      if (r.policyDocument) expect(documents.has(r.policyDocument), r.key).toBe(true);
      if (r.city && r.result !== "commendation") {
        expect(citiesOf.get(r.areaCode)?.some((c) => c.zh === r.city!.zh && c.en === r.city!.en), `${r.key}: ${r.city.zh}`).toBe(true);
      }
      if (r.result === "commendation") expect(r.field, r.key).toBeDefined();
    }
    expect(new Set(OFFICIAL_RESULTS_SEED.map((r) => r.key)).size).toBe(OFFICIAL_RESULTS_SEED.length);
  });

  it("hold the 2020 results as published: 7 cities rated excellent and 12 good", () => {
    const y2020 = OFFICIAL_RESULTS_SEED.filter((r) => r.year === 2020 && r.periodStart === undefined);
    expect(y2020.filter((r) => r.result === "excellent")).toHaveLength(7);
    expect(y2020.filter((r) => r.result === "good")).toHaveLength(12);
    // Central Hunan is graded per city.
    expect(y2020.filter((r) => r.areaCode === "hunan-central").map((r) => [r.city?.zh, r.result])).toEqual([
      ["湘潭", "excellent"],
      ["株洲", "good"],
      ["娄底", "good"],
    ]);
  });
});

describe("member cities", () => {
  it("cover the 40 areas, in both languages, with an http(s) source where one is given", () => {
    expect(AREA_CITIES.map((a) => a.code).sort()).toEqual(AREAS.map((a) => a.code).sort());
    for (const area of AREA_CITIES) {
      expect(area.cities.length, area.code).toBeGreaterThan(0);
      for (const c of area.cities) {
        expect(c.zh.trim(), area.code).not.toBe("");
        expect(c.en.trim(), area.code).not.toBe("");
      }
    }
    for (const url of Object.values(CITY_SOURCES)) expect(isHttpUrl(url), url).toBe(true);
  });
});

describe("series breaks", () => {
  it("each names an indicator of the catalogue and carries its reason in both languages and an http(s) source", () => {
    const keys = new Set(INDICATOR_CATALOGUE.map((i) => i.key));
    expect(SERIES_BREAKS.length).toBeGreaterThan(0);
    for (const b of SERIES_BREAKS) {
      expect(keys.has(b.indicatorKey), b.indicatorKey).toBe(true);
      expect(isHttpUrl(b.sourceUrl), b.sourceUrl).toBe(true);
      for (const text of [b.reasonZh, b.reasonEn, b.source]) expect(text.trim(), b.indicatorKey).not.toBe("");
    }
  });
});
