import { describe, expect, it } from "vitest";
import { catalogueRows } from "@/db/seed/indicators";
import { checkEntry, checkTarget, type EntryValue, type IndicatorRule, type TargetRule } from "@/lib/domain/validation";

function rule(key: string, overrides: Partial<IndicatorRule> = {}): IndicatorRule {
  return {
    key,
    nameZh: key,
    nameEn: key,
    unitZh: "%",
    unitEn: "%",
    decimals: 1,
    hardMin: null,
    hardMax: null,
    softMin: null,
    softMax: null,
    yoyKind: null,
    yoyMaxDown: null,
    yoyMaxUp: null,
    derivation: null,
    ...overrides,
  };
}

function v(value: number | null, note = ""): EntryValue {
  return { value, note };
}

const rd = rule("rd", { hardMin: 0.05, hardMax: 7, softMin: 0.5, softMax: 3.5, yoyKind: "points", yoyMaxDown: 0.5, yoyMaxUp: 0.6 });
const firms = rule("firms", { decimals: 0, hardMin: 0, hardMax: 20000, yoyKind: "percent", yoyMaxDown: 30, yoyMaxUp: 60 });
const migration = rule("migration", { derivation: "from population" });
const shares = [rule("primary_share"), rule("secondary_share"), rule("tertiary_share")];

describe("checkEntry: ranges", () => {
  it("accepts a plausible value without flags", () => {
    expect(checkEntry([rd], { rd: v(2.1) }, {})).toEqual({ errors: {}, flags: {} });
  });

  it("rejects a value outside the hard range and names the range", () => {
    const result = checkEntry([rd], { rd: v(8, "typed from the bulletin") }, {});
    expect(result.errors).toEqual({ rd: [{ code: "out_of_hard_range", min: 0.05, max: 7 }] });
    expect(result.flags).toEqual({});
  });

  it("rejects below the hard minimum and accepts the bounds themselves", () => {
    expect(checkEntry([rd], { rd: v(0.04) }, {}).errors.rd).toEqual([{ code: "out_of_hard_range", min: 0.05, max: 7 }]);
    expect(checkEntry([rd], { rd: v(7, "note") }, {}).errors).toEqual({});
    expect(checkEntry([rd], { rd: v(0.05, "note") }, {}).errors).toEqual({});
  });

  it("flags a value outside the soft range and requires a note", () => {
    const result = checkEntry([rd], { rd: v(4) }, {});
    expect(result.flags).toEqual({ rd: [{ code: "outside_soft_range", min: 0.5, max: 3.5 }] });
    expect(result.errors).toEqual({ rd: [{ code: "note_required" }] });
  });

  it("accepts a flagged value that carries a note", () => {
    const result = checkEntry([rd], { rd: v(4, "New research institute opened") }, {});
    expect(result.flags.rd).toHaveLength(1);
    expect(result.errors).toEqual({});
  });

  it("treats a whitespace-only note as missing", () => {
    expect(checkEntry([rd], { rd: v(4, "  \u3000 ") }, {}).errors).toEqual({ rd: [{ code: "note_required" }] });
  });

  it("does not check a value that was not reported", () => {
    expect(checkEntry([rd], { rd: v(null) }, { rd: 2 })).toEqual({ errors: {}, flags: {} });
  });

  it("ignores keys without a rule", () => {
    expect(checkEntry([rd], { other: v(1e9) }, {})).toEqual({ errors: {}, flags: {} });
  });
});

describe("checkEntry: year-on-year change", () => {
  it("flags a rise beyond the percent limit", () => {
    // (170 − 100)/100 × 100 = +70 % > +60 %
    const result = checkEntry([firms], { firms: v(170) }, { firms: 100 });
    expect(result.flags.firms).toEqual([
      { code: "yoy_change", previous: 100, change: 70, kind: "percent", maxDown: 30, maxUp: 60 },
    ]);
    expect(result.errors.firms).toEqual([{ code: "note_required" }]);
  });

  it("flags a fall beyond the percent limit", () => {
    // (65 − 100)/100 × 100 = −35 % < −30 %
    const flag = checkEntry([firms], { firms: v(65, "Firms merged") }, { firms: 100 }).flags.firms?.[0];
    expect(flag).toMatchObject({ code: "yoy_change", kind: "percent" });
    expect(flag?.code === "yoy_change" && flag.change).toBeCloseTo(-35, 10);
  });

  it("accepts changes up to the limit", () => {
    // +60 % and −30 % exactly
    expect(checkEntry([firms], { firms: v(160) }, { firms: 100 }).flags).toEqual({});
    expect(checkEntry([firms], { firms: v(70) }, { firms: 100 }).flags).toEqual({});
  });

  it("measures the percent change against the size of a negative previous value", () => {
    // (−2 − (−1))/|−1| × 100 = −100 % < −30 %
    const signed = rule("signed", { yoyKind: "percent", yoyMaxDown: 30, yoyMaxUp: 60 });
    const flag = checkEntry([signed], { signed: v(-2, "x") }, { signed: -1 }).flags.signed?.[0];
    expect(flag?.code === "yoy_change" && flag.change).toBeCloseTo(-100, 10);
  });

  it("flags a change in points", () => {
    // 2.8 − 2.1 = +0.7 points > +0.6
    const flag = checkEntry([rd], { rd: v(2.8) }, { rd: 2.1 }).flags.rd?.[0];
    expect(flag).toMatchObject({ code: "yoy_change", kind: "points", previous: 2.1, maxDown: 0.5, maxUp: 0.6 });
    expect(flag?.code === "yoy_change" && flag.change).toBeCloseTo(0.7, 10);
  });

  it("does not flag a change equal to the limit despite floating point", () => {
    // 2.6 − 2.0 = 0.6000000000000001 in floating point, 0.6 on paper
    expect(checkEntry([rd], { rd: v(2.6) }, { rd: 2 }).flags).toEqual({});
  });

  it("skips the check without a previous value or from zero in percent", () => {
    expect(checkEntry([firms], { firms: v(500) }, {}).flags).toEqual({});
    expect(checkEntry([firms], { firms: v(500) }, { firms: 0 }).flags).toEqual({});
  });

  it("reports both soft-range and year-on-year flags", () => {
    // 4 is above 3.5, and 4 − 2 = +2 points > +0.6
    const result = checkEntry([rd], { rd: v(4) }, { rd: 2 });
    expect(result.flags.rd?.map((f) => f.code)).toEqual(["outside_soft_range", "yoy_change"]);
    expect(result.errors.rd).toEqual([{ code: "note_required" }]);
  });
});

describe("checkEntry: sector shares", () => {
  it("accepts shares that sum to 100 ± 0.5", () => {
    // 5.2 + 45.1 + 50.1 = 100.4
    expect(checkEntry(shares, { primary_share: v(5.2), secondary_share: v(45.1), tertiary_share: v(50.1) }, {}).errors).toEqual({});
    // 5 + 45 + 50.5 = 100.5 exactly on the tolerance
    expect(checkEntry(shares, { primary_share: v(5), secondary_share: v(45), tertiary_share: v(50.5) }, {}).errors).toEqual({});
  });

  it("puts the sum on each share when they do not add up", () => {
    // 5 + 45 + 49 = 99, off by 1 > 0.5
    const { errors } = checkEntry(shares, { primary_share: v(5), secondary_share: v(45), tertiary_share: v(49) }, {});
    expect(errors).toEqual({
      primary_share: [{ code: "sector_sum", sum: 99 }],
      secondary_share: [{ code: "sector_sum", sum: 99 }],
      tertiary_share: [{ code: "sector_sum", sum: 99 }],
    });
  });

  it("requires the missing shares when one is given", () => {
    const { errors } = checkEntry(shares, { primary_share: v(5), secondary_share: v(null) }, {});
    expect(errors).toEqual({
      secondary_share: [{ code: "sector_incomplete" }],
      tertiary_share: [{ code: "sector_incomplete" }],
    });
  });

  it("accepts a year with no shares at all", () => {
    expect(checkEntry(shares, {}, {}).errors).toEqual({});
  });
});

describe("checkEntry: derived indicators", () => {
  it("rejects a typed value for a derived indicator", () => {
    expect(checkEntry([migration], { migration: v(-0.8) }, {}).errors).toEqual({
      migration: [{ code: "derived_not_editable" }],
    });
  });

  it("accepts an empty field for a derived indicator", () => {
    expect(checkEntry([migration], { migration: v(null) }, {}).errors).toEqual({});
  });
});

describe("checkEntry with the real catalogue", () => {
  const catalogue: IndicatorRule[] = catalogueRows().map((row) => ({
    key: row.key,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    unitZh: row.unitZh,
    unitEn: row.unitEn,
    decimals: row.decimals,
    hardMin: row.hardMin ?? null,
    hardMax: row.hardMax ?? null,
    softMin: row.softMin ?? null,
    softMax: row.softMax ?? null,
    yoyKind: row.yoyKind ?? null,
    yoyMaxDown: row.yoyMaxDown ?? null,
    yoyMaxUp: row.yoyMaxUp ?? null,
    derivation: row.derivation ?? null,
  }));

  it("rejects an R&D intensity of 8 % with the range 0.05–7", () => {
    expect(checkEntry(catalogue, { rd_intensity: v(8) }, {}).errors).toEqual({
      rd_intensity: [{ code: "out_of_hard_range", min: 0.05, max: 7 }],
    });
  });

  it("flags GDP per capita up 30 % (limit ±25 %)", () => {
    // (65000 − 50000)/50000 × 100 = +30 %
    const result = checkEntry(catalogue, { gdp_per_capita: v(65000) }, { gdp_per_capita: 50000 });
    expect(result.flags.gdp_per_capita).toEqual([
      { code: "yoy_change", previous: 50000, change: 30, kind: "percent", maxDown: 25, maxUp: 25 },
    ]);
  });

  it("rejects a typed net migration rate", () => {
    expect(checkEntry(catalogue, { net_migration_rate: v(0.2) }, {}).errors.net_migration_rate).toEqual([
      { code: "derived_not_editable" },
    ]);
  });

  it("accepts a complete, plausible year", () => {
    const entries = {
      pop_resident: v(297),
      natural_increase_rate: v(-2),
      primary_share: v(6.5),
      secondary_share: v(42.3),
      tertiary_share: v(51.2),
      rd_intensity: v(2.1),
      hte_count: v(480),
      energy_intensity: v(0.62),
      urban_rate: v(66.4),
      gdp_per_capita: v(78000),
    };
    const previous = { pop_resident: 300, rd_intensity: 1.9, hte_count: 420, urban_rate: 65.8, gdp_per_capita: 74000 };
    expect(checkEntry(catalogue, entries, previous)).toEqual({ errors: {}, flags: {} });
  });
});

describe("checkTarget", () => {
  const rdTarget: TargetRule = { hardMin: 0.05, hardMax: 7, direction: "higher", growthForm: "compound" };

  it("accepts an absolute target within the hard range", () => {
    expect(checkTarget(rdTarget, "absolute", 2.5)).toBeNull();
    expect(checkTarget(rdTarget, "absolute", 7)).toBeNull();
  });

  it("rejects an absolute target outside the hard range", () => {
    expect(checkTarget(rdTarget, "absolute", 8)).toEqual({ code: "out_of_hard_range", min: 0.05, max: 7 });
  });

  it("accepts a relative change above −100 % and up to +1000 %", () => {
    expect(checkTarget(rdTarget, "change_pct", -13.5)).toBeNull();
    expect(checkTarget(rdTarget, "change_pct", 1000)).toBeNull();
    // A relative target is not held to the hard range: +20 % of any base is fine.
    expect(checkTarget(rdTarget, "change_pct", 20)).toBeNull();
  });

  it("rejects a relative change of −100 % or below, or above +1000 %", () => {
    const problem = { code: "change_out_of_range", min: -100, max: 1000 };
    expect(checkTarget(rdTarget, "change_pct", -100)).toEqual(problem);
    expect(checkTarget(rdTarget, "change_pct", 1000.1)).toEqual(problem);
  });

  it("rejects targets for context indicators", () => {
    expect(checkTarget({ ...rdTarget, direction: "context" }, "absolute", 2)).toEqual({ code: "not_scored" });
  });

  it("rejects relative targets for linear-form indicators", () => {
    expect(checkTarget({ ...rdTarget, growthForm: "linear" }, "change_pct", 10)).toEqual({ code: "relative_not_allowed" });
    expect(checkTarget({ ...rdTarget, growthForm: "linear" }, "absolute", 2)).toBeNull();
  });
});
