import { describe, expect, it } from "vitest";
import { areaSchema, memberCityRows } from "./areas";

const base = { code: "newarea", nameZh: "新区", nameEn: "New area", level: "city", wave: "1", yearDesignated: "2020", province: "Sichuan", type: "both", resourceType: "coal" };

describe("member cities of a registered area", () => {
  it("split on ; ； , ， and 、, trimmed, in order, in both languages", () => {
    const area = areaSchema.parse({ ...base, memberCities: " 内江；遂宁、 自贡 ", memberCitiesEn: "Neijiang, Suining;Zigong" });
    expect(area.memberCities).toEqual(["内江", "遂宁", "自贡"]);
    expect(area.memberCitiesEn).toEqual(["Neijiang", "Suining", "Zigong"]);
    expect(memberCityRows(area)).toEqual([
      { nameZh: "内江", nameEn: "Neijiang" },
      { nameZh: "遂宁", nameEn: "Suining" },
      { nameZh: "自贡", nameEn: "Zigong" },
    ]);
  });

  it("may be given in one language only, or not at all", () => {
    expect(memberCityRows(areaSchema.parse({ ...base, memberCities: "内江;遂宁" }))).toEqual([
      { nameZh: "内江", nameEn: null },
      { nameZh: "遂宁", nameEn: null },
    ]);
    expect(memberCityRows(areaSchema.parse({ ...base, memberCitiesEn: "Neijiang" }))).toEqual([{ nameZh: null, nameEn: "Neijiang" }]);
    expect(memberCityRows(areaSchema.parse(base))).toEqual([]);
  });

  it("refuses two lists of different lengths: a name would be paired with the wrong city", () => {
    const parsed = areaSchema.safeParse({ ...base, memberCities: "内江;遂宁", memberCitiesEn: "Neijiang" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => `${i.path.join(".")}:${i.message}`)).toEqual(["memberCitiesEn:member_cities_count"]);
  });
});

describe("province and English name of a registered area", () => {
  it("takes a province from the list of the 31, by its stored name, and nothing typed", () => {
    expect(areaSchema.safeParse({ ...base, province: "Gansu" }).success).toBe(true);
    for (const typed of ["甘肃省", "gansu", "Gansu Province", ""]) {
      const result = areaSchema.safeParse({ ...base, province: typed });
      expect(result.success, typed).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual(["province"]);
    }
  });

  it("leaves the English name optional, up to 200 characters", () => {
    expect(areaSchema.parse({ ...base, nameEn: "" }).nameEn).toBe("");
    expect(areaSchema.parse({ ...base, nameEn: undefined }).nameEn).toBe("");
    expect(areaSchema.safeParse({ ...base, nameEn: "x".repeat(200) }).success).toBe(true);
    expect(areaSchema.safeParse({ ...base, nameEn: "x".repeat(201) }).success).toBe(false);
  });
});
