import { describe, expect, it } from "vitest";
import { proposeAreaCode, romanisedAreaName } from "@/lib/domain/area-code";

describe("proposeAreaCode", () => {
  const none = new Set<string>();

  it("spells the place in pinyin and names the zone's kind, as the designated areas are coded", () => {
    expect(proposeAreaCode("浏阳经济技术开发区", none)).toBe("liuyang-etdz");
    expect(proposeAreaCode("大英经济开发区", none)).toBe("daying-edz");
    expect(proposeAreaCode("三原高新技术产业开发区", none)).toBe("sanyuan-hitech");
    expect(proposeAreaCode("玉门工业园区", none)).toBe("yumen-park");
    // A city-level area: the demonstration area's words are no code of their own.
    expect(proposeAreaCode("自贡产业转型升级示范区", none)).toBe("zigong");
    // ü is written v, as in the pinyin keyboard: 吕梁 → lvliang.
    expect(proposeAreaCode("吕梁", none)).toBe("lvliang");
  });

  it("keeps a suffix that is the whole name as the place", () => {
    expect(proposeAreaCode("开发区", none)).toBe("kaifaqu");
  });

  it("adds -2, -3 when the code is taken", () => {
    expect(proposeAreaCode("大英经济开发区", new Set(["daying-edz"]))).toBe("daying-edz-2");
    expect(proposeAreaCode("大英经济开发区", new Set(["daying-edz", "daying-edz-2"]))).toBe("daying-edz-3");
  });

  it("proposes nothing for a name with fewer than two letters to spell", () => {
    expect(proposeAreaCode("Park", none)).toBeNull();
    expect(proposeAreaCode("  ", none)).toBeNull();
  });

  it("always gives a code the registration form accepts", () => {
    for (const name of ["浏阳经济技术开发区", "吕梁", "乌鲁木齐甘泉堡经济技术开发区（工业区）", "A区测试123"]) {
      expect(proposeAreaCode(name, none)).toMatch(/^[a-z][a-z0-9-]{1,62}[a-z0-9]$/);
    }
  });
});

describe("romanisedAreaName", () => {
  it("writes the place in pinyin with a capital, then the zone's kind in English", () => {
    expect(romanisedAreaName("大英经济开发区")).toBe("Daying Economic Development Zone");
    expect(romanisedAreaName("浏阳经济技术开发区")).toBe("Liuyang Economic and Technological Development Zone");
    expect(romanisedAreaName("吕梁")).toBe("Lvliang");
  });
});
