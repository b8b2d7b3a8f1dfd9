import { describe, expect, it } from "vitest";
import { AREAS } from "@/db/seed/areas";
import {
  defaultCompareGroup,
  designatedBy,
  formatGroupSpec,
  parseGroupSpec,
  selectPeers,
  type GroupSpec,
  type PeerArea,
} from "@/lib/domain/peer-groups";

describe("parseGroupSpec / formatGroupSpec", () => {
  const valid: [string, GroupSpec][] = [
    ["all", { kind: "all" }],
    ["level:city", { kind: "level", value: "city" }],
    ["level:county", { kind: "level", value: "county" }],
    ["wave:1", { kind: "wave", value: "1" }],
    ["wave:2", { kind: "wave", value: "2" }],
    ["wave:park", { kind: "wave", value: "park" }],
    ["region:northeast", { kind: "region", value: "northeast" }],
    ["region:southwest", { kind: "region", value: "southwest" }],
    ["resource:coal", { kind: "resource", value: "coal" }],
    ["resource:none", { kind: "resource", value: "none" }],
    ["areas:zigong,tongling,huangshi", { kind: "areas", codes: ["zigong", "tongling", "huangshi"] }],
    ["areas:zigong", { kind: "areas", codes: ["zigong"] }],
    ["saved:12", { kind: "saved", id: 12 }],
    ["saved:123", { kind: "saved", id: 123 }],
  ];

  it.each(valid)("reads %s and writes it back", (raw, spec) => {
    expect(parseGroupSpec(raw)).toEqual(spec);
    expect(formatGroupSpec(spec)).toBe(raw);
    expect(parseGroupSpec(formatGroupSpec(spec))).toEqual(spec);
  });

  it("accepts exactly 100 codes", () => {
    const codes = Array.from({ length: 100 }, (_, i) => `area-${i}`);
    expect(parseGroupSpec(`areas:${codes.join(",")}`)).toEqual({ kind: "areas", codes });
  });

  it("accepts the longest valid spec: 100 codes of 64 characters", () => {
    // "areas:" + 100 × 64 + 99 commas = 6 + 6400 + 99 = 6505 characters
    const codes = Array.from({ length: 100 }, (_, i) => `${String(i).padStart(3, "0")}${"x".repeat(61)}`);
    const raw = `areas:${codes.join(",")}`;
    expect(raw).toHaveLength(6505);
    expect(parseGroupSpec(raw)).toEqual({ kind: "areas", codes });
  });

  it("drops repeated codes and trims the whole spec", () => {
    expect(parseGroupSpec(" areas:zigong,tongling,zigong ")).toEqual({ kind: "areas", codes: ["zigong", "tongling"] });
  });

  const invalid = [
    "",
    "   ",
    "level:town",
    "level:",
    "level",
    "Level:city",
    "wave:3",
    "region:mars",
    "resource:gold",
    "areas:",
    "areas:Bad Code",
    "areas:zigong,,tongling",
    "areas:zigong, tongling",
    "areas:a",
    `areas:${"x".repeat(65)}`,
    `areas:${Array.from({ length: 101 }, (_, i) => `area-${i}`).join(",")}`,
    "saved:0",
    "saved:abc",
    "saved:12abc",
    // No colon: a kind's name run into its value is not read as that kind.
    "areasx",
    "levelcity",
    "saved:-3",
    "saved:1.5",
    // Digits first, then what Number() still reads as a whole number: not a canonical id.
    "saved:1.0",
    "saved:1e3",
    "saved:007",
    "saved:99999999999999999",
    "all:",
    "everything",
    "x".repeat(10000),
  ];

  it.each(invalid)("rejects %j", (raw) => {
    expect(parseGroupSpec(raw)).toBeNull();
  });
});

describe("selectPeers", () => {
  const areas: PeerArea[] = [
    { code: "dalian", level: "city", wave: "2", province: "Liaoning", resourceType: "none" },
    { code: "zigong", level: "city", wave: "1", province: "Sichuan", resourceType: "other" },
    { code: "changzhi", level: "city", wave: "1", province: "Shanxi", resourceType: "coal" },
    { code: "qingzhen-edz", level: "county", wave: "park", province: "Guizhou", resourceType: "coal" },
    { code: "heishan-panghe-edz", level: "county", wave: "park", province: "Liaoning", resourceType: "none" },
  ];
  const codes = (spec: Parameters<typeof selectPeers>[0]) => selectPeers(spec, areas).map((a) => a.code);

  it("filters by level, wave, region and resource type", () => {
    expect(codes({ kind: "all" })).toEqual(["dalian", "zigong", "changzhi", "qingzhen-edz", "heishan-panghe-edz"]);
    expect(codes({ kind: "level", value: "county" })).toEqual(["qingzhen-edz", "heishan-panghe-edz"]);
    expect(codes({ kind: "wave", value: "1" })).toEqual(["zigong", "changzhi"]);
    expect(codes({ kind: "region", value: "northeast" })).toEqual(["dalian", "heishan-panghe-edz"]);
    expect(codes({ kind: "region", value: "southwest" })).toEqual(["zigong", "qingzhen-edz"]);
    expect(codes({ kind: "region", value: "north" })).toEqual(["changzhi"]);
    expect(codes({ kind: "resource", value: "coal" })).toEqual(["changzhi", "qingzhen-edz"]);
  });

  it("keeps only known codes of a custom set, in the order of the area list", () => {
    expect(codes({ kind: "areas", codes: ["qingzhen-edz", "unknown", "dalian"] })).toEqual(["dalian", "qingzhen-edz"]);
  });

  it("selects the seeded areas: 20 cities, 20 parks, 11 coal areas", () => {
    expect(selectPeers({ kind: "level", value: "city" }, AREAS)).toHaveLength(20);
    expect(selectPeers({ kind: "wave", value: "park" }, AREAS)).toHaveLength(20);
    expect(selectPeers({ kind: "resource", value: "coal" }, AREAS)).toHaveLength(11);
    // every seeded area falls in exactly one region
    const byRegion = (["northeast", "north", "east", "central", "south", "southwest", "northwest"] as const).map(
      (value) => selectPeers({ kind: "region", value }, AREAS).length,
    );
    expect(byRegion.reduce((a, b) => a + b, 0)).toBe(AREAS.length);
  });
});

describe("defaultCompareGroup", () => {
  it("compares an area with its level", () => {
    expect(defaultCompareGroup({ code: "zigong", level: "city", wave: "1", province: "Sichuan", resourceType: "other" })).toEqual({ kind: "level", value: "city" });
    expect(defaultCompareGroup({ code: "daying-edz", level: "county", wave: "park", province: "Sichuan", resourceType: "none" })).toEqual({ kind: "level", value: "county" });
    expect(defaultCompareGroup({ code: "x1", level: "unknown", wave: "other", province: "", resourceType: "none" })).toEqual({ kind: "all" });
  });
});

describe("designatedBy", () => {
  const areas = [
    { code: "old", yearDesignated: 2017 },
    { code: "new", yearDesignated: 2026 },
    { code: "undated", yearDesignated: null },
  ];
  const codes = (year: number, keep?: string) => designatedBy(areas, year, keep).map((a) => a.code);

  it("counts an area from its designation year on, not the year before", () => {
    expect(codes(2025)).toEqual(["old", "undated"]);
    expect(codes(2026)).toEqual(["old", "new", "undated"]);
    expect(codes(2027)).toEqual(["old", "new", "undated"]);
    expect(codes(2016)).toEqual(["undated"]);
    expect(codes(2017)).toEqual(["old", "undated"]);
  });

  it("keeps the area a comparison is about, whatever its year", () => {
    expect(codes(2024, "new")).toEqual(["old", "new", "undated"]);
    expect(codes(2024, "nowhere")).toEqual(["old", "undated"]);
  });
});
