import { describe, expect, it } from "vitest";
import { AREAS } from "@/db/seed/areas";
import { PROVINCE_REGION, REGIONS, regionOf } from "@/lib/domain/regions";

describe("regions", () => {
  it("maps all 31 mainland provinces, every region used", () => {
    expect(Object.keys(PROVINCE_REGION)).toHaveLength(31);
    expect(new Set(Object.values(PROVINCE_REGION))).toEqual(new Set(REGIONS));
  });

  it("maps every seeded area's province", () => {
    for (const area of AREAS) expect(regionOf(area.province), area.province).not.toBeNull();
  });

  it("follows the seven-region split", () => {
    expect(regionOf("Liaoning")).toBe("northeast");
    expect(regionOf("Inner Mongolia")).toBe("north");
    expect(regionOf("Shanxi")).toBe("north");
    expect(regionOf("Shaanxi")).toBe("northwest");
    expect(regionOf("Jiangxi")).toBe("east");
    expect(regionOf("Hubei")).toBe("central");
    expect(regionOf("Guangxi")).toBe("south");
    expect(regionOf("Chongqing")).toBe("southwest");
    expect(regionOf("Ningxia")).toBe("northwest");
  });

  it("tolerates case and spacing but not unknown names", () => {
    expect(regionOf(" inner  mongolia ")).toBe("north");
    expect(regionOf("Hong Kong")).toBeNull();
    expect(regionOf("")).toBeNull();
  });
});
