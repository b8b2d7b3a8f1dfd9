import { describe, expect, it } from "vitest";
import { isHttpUrl, officialResultSchema, OFFICIAL_RESULT_YEAR_MIN } from "./official-results";

const base = {
  areaCode: "hunan-central",
  year: "2020",
  city: "1",
  result: "good",
  fieldZh: "",
  fieldEn: "",
  sourceTitle: "经济导报",
  sourceUrl: "http://www.sdenews.com/html/2021/6/318861.shtml",
  sourceKind: "press",
  noteZh: "",
  noteEn: "",
};

const problems = (change: Record<string, unknown>) => {
  const parsed = officialResultSchema.safeParse({ ...base, ...change });
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("officialResultSchema", () => {
  it("reads a valid form: the city by its position, or null for the area as a whole", () => {
    const parsed = officialResultSchema.parse(base);
    expect(parsed).toMatchObject({ year: 2020, city: 1, result: "good", sourceKind: "press" });
    expect(officialResultSchema.parse({ ...base, city: "" }).city).toBeNull();
    expect(officialResultSchema.parse({ ...base, city: "0" }).city).toBe(0);
  });

  it("takes years from the first evaluation (2017) to this year, and no other", () => {
    const thisYear = new Date().getFullYear();
    expect(OFFICIAL_RESULT_YEAR_MIN).toBe(2017);
    expect(problems({ year: "2017" })).toEqual([]);
    expect(problems({ year: "2016" })).toEqual(["year:invalid_year"]);
    expect(problems({ year: String(thisYear) })).toEqual([]);
    expect(problems({ year: String(thisYear + 1) })).toEqual(["year:invalid_year"]);
  });

  it("needs a source title and an http(s) address, each problem told once", () => {
    expect(problems({ sourceUrl: "" })).toEqual(["sourceUrl:source_url_required"]);
    expect(problems({ sourceUrl: null })).toEqual(["sourceUrl:source_url_required"]);
    expect(problems({ sourceUrl: "javascript:alert(1)" })).toEqual(["sourceUrl:source_url_invalid"]);
    expect(problems({ sourceUrl: "www.ndrc.gov.cn" })).toEqual(["sourceUrl:source_url_invalid"]);
    expect(problems({ sourceTitle: "  " })).toEqual(["sourceTitle:source_title_required"]);
    expect(problems({ sourceUrl: "https://www.ndrc.gov.cn/xxgk/" })).toEqual([]);
  });

  it("wants a field with a commendation and none with a grade", () => {
    expect(problems({ result: "commendation" })).toEqual(["fieldZh:field_required"]);
    expect(problems({ result: "commendation", fieldEn: "green transformation" })).toEqual([]);
    expect(problems({ result: "good", fieldZh: "绿色转型" })).toEqual(["fieldZh:field_only_commendation"]);
  });

  it("knows only the published results and kinds of source", () => {
    expect(problems({ result: "fair" })).toEqual(["result:invalid_result"]);
    expect(problems({ sourceKind: "rumour" })).toEqual(["sourceKind:invalid_source_kind"]);
  });
});

describe("isHttpUrl", () => {
  it("accepts absolute http and https addresses with a host", () => {
    expect(isHttpUrl("http://www.ce.cn/x.shtml")).toBe(true);
    expect(isHttpUrl("HTTPS://example.org")).toBe(true);
  });
  it("refuses other schemes, relative addresses and hosts without a dot", () => {
    for (const url of ["ftp://example.org", "/policy", "https://", "https://localhost/x", "mailto:a@b.cn", "data:text/html,x"]) expect(isHttpUrl(url), url).toBe(false);
  });
});
