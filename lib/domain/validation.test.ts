import { describe, expect, it } from "vitest";
import { catalogueRows } from "@/db/seed/indicators";
import { checkEntry, checkTarget, yearOnYearChange, type EntryValue, type IndicatorRule, type TargetRule } from "@/lib/domain/validation";

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

// Every line of the data-entry rules, at the line, just inside and just outside it
// (rd: hard 0.05–7, soft 0.5–3.5, year on year −0.5/+0.6 points; firms: −30 %/+60 %).
describe("checkEntry: each line from both sides", () => {
  const hard = (value: number) => checkEntry([rd], { rd: v(value, "note") }, {}).errors;
  const flagCodes = (value: number, previous?: number) =>
    (checkEntry([rd], { rd: v(value, "note") }, previous === undefined ? {} : { rd: previous }).flags.rd ?? []).map((f) => f.code);

  it.each([
    [0.0499, false],
    [0.05, true],
    [0.0501, true],
    [6.9999, true],
    [7, true],
    [7.0001, false],
  ])("hard range 0.05–7: %d accepted = %s", (value, accepted) => {
    expect(hard(value)).toEqual(accepted ? {} : { rd: [{ code: "out_of_hard_range", min: 0.05, max: 7 }] });
  });

  it("allows exactly the slack of 1e-9 at a hard bound", () => {
    expect(hard(7 + 1e-9)).toEqual({});
    expect(hard(0.05 - 1e-9)).toEqual({});
  });

  it("does not check the year-on-year change of a rule without a change kind, whatever limits it carries", () => {
    const kindless = rule("k", { yoyKind: null, yoyMaxDown: 1, yoyMaxUp: 1 });
    expect(checkEntry([kindless], { k: v(50) }, { k: 1 }).flags).toEqual({});
  });

  it("allows rounding noise at a hard bound, not more", () => {
    // 7 + 1e-12 is 7 on paper (slack 1e-9); 7 + 1e-6 is over
    expect(hard(7 + 1e-12)).toEqual({});
    expect(hard(7 + 1e-6)).not.toEqual({});
    expect(hard(0.05 - 1e-12)).toEqual({});
    expect(hard(0.05 - 1e-6)).not.toEqual({});
  });

  it.each([
    [0.49, true],
    [0.5, false],
    [0.51, false],
    [3.49, false],
    [3.5, false],
    [3.51, true],
  ])("soft range 0.5–3.5: %d flagged = %s", (value, flagged) => {
    expect(flagCodes(value)).toEqual(flagged ? ["outside_soft_range"] : []);
  });

  it.each([
    // previous 2.0; limits −0.5 and +0.6 points
    [1.49, true], // −0.51
    [1.5, false], // −0.5, on the line
    [1.51, false], // −0.49
    [2.59, false], // +0.59
    [2.6, false], // +0.6, on the line
    [2.61, true], // +0.61
  ])("year on year in points from 2.0: %d flagged = %s", (value, flagged) => {
    expect(flagCodes(value, 2)).toEqual(flagged ? ["yoy_change"] : []);
  });

  it.each([
    // previous 100 firms; limits −30 % and +60 %
    [69, true], // (69 − 100)/100 = −31 %
    [70, false], // −30 %
    [71, false], // −29 %
    [159, false], // +59 %
    [160, false], // +60 %
    [161, true], // +61 %
  ])("year on year in percent from 100: %d flagged = %s", (value, flagged) => {
    const flags = checkEntry([firms], { firms: v(value, "note") }, { firms: 100 }).flags.firms ?? [];
    expect(flags.map((f) => f.code)).toEqual(flagged ? ["yoy_change"] : []);
  });

  it("checks a limit that is given on one side only", () => {
    // No downward limit: any fall passes; the +60 % limit still applies.
    const upOnly = rule("up", { yoyKind: "percent", yoyMaxDown: null, yoyMaxUp: 60 });
    const check = (value: number) => checkEntry([upOnly], { up: v(value, "note") }, { up: 100 }).flags;
    expect(check(1)).toEqual({});
    expect(check(161).up).toEqual([{ code: "yoy_change", previous: 100, change: 61, kind: "percent", maxDown: null, maxUp: 60 }]);
    // No upward limit: any rise passes; the −30 % limit still applies.
    const downOnly = rule("down", { yoyKind: "percent", yoyMaxDown: 30, yoyMaxUp: null });
    const checkDown = (value: number) => checkEntry([downOnly], { down: v(value, "note") }, { down: 100 }).flags;
    expect(checkDown(1000)).toEqual({});
    expect(checkDown(69).down).toEqual([{ code: "yoy_change", previous: 100, change: -31, kind: "percent", maxDown: 30, maxUp: null }]);
  });

  it("ignores a previous value that is not a finite number", () => {
    expect(checkEntry([firms], { firms: v(500) }, { firms: Number.NaN }).flags).toEqual({});
  });

  it("checks a change in points from zero", () => {
    // Only a percent change from zero is undefined: 0 → 0.7 points is +0.7 > +0.6.
    expect(flagCodes(0.7, 0)).toEqual(["yoy_change"]);
  });

  it("rejects a derived indicator before looking at its range", () => {
    const derivedWithRange = rule("d", { derivation: "from others", hardMin: 0, hardMax: 1 });
    expect(checkEntry([derivedWithRange], { d: v(5) }, {}).errors).toEqual({ d: [{ code: "derived_not_editable" }] });
  });

  it("neither flags nor asks for a note once a value is refused", () => {
    // 8 is over the hard maximum 7 and also over the soft 3.5 and +0.6 from 2: only the refusal counts.
    expect(checkEntry([rd], { rd: v(8) }, { rd: 2 })).toEqual({
      errors: { rd: [{ code: "out_of_hard_range", min: 0.05, max: 7 }] },
      flags: {},
    });
  });
});

describe("checkEntry: sector shares 100 ± 0.5, from both sides", () => {
  const sum = (tertiary: number) =>
    checkEntry(shares, { primary_share: v(5), secondary_share: v(45), tertiary_share: v(tertiary) }, {}).errors;
  it.each([
    [49.49, false], // 5 + 45 + 49.49 = 99.49
    [49.5, true], // 99.5
    [49.51, true], // 99.51
    [50.49, true], // 100.49
    [50.5, true], // 100.5
    [50.51, false], // 100.51
  ])("tertiary %d: accepted = %s", (tertiary, accepted) => {
    const errors = sum(tertiary);
    if (accepted) expect(errors).toEqual({});
    else expect(errors.primary_share).toEqual([{ code: "sector_sum", sum: expect.closeTo(5 + 45 + tertiary, 10) }]);
  });

  it("checks only the shares the catalogue has", () => {
    // Without tertiary_share in the rules, primary and secondary alone must still add up to 100.
    const two = shares.slice(0, 2);
    expect(checkEntry(two, { primary_share: v(40), secondary_share: v(60) }, {}).errors).toEqual({});
    expect(checkEntry(two, { primary_share: v(40), secondary_share: v(50) }, {}).errors).toEqual({
      primary_share: [{ code: "sector_sum", sum: 90 }],
      secondary_share: [{ code: "sector_sum", sum: 90 }],
    });
    // … and an entry for a share without a rule is not asked for nor added.
    expect(checkEntry(two, { primary_share: v(40), secondary_share: v(60), tertiary_share: v(7) }, {}).errors).toEqual({});
  });

  it("names only the missing shares, once each", () => {
    expect(checkEntry(shares, { primary_share: v(5), secondary_share: v(45) }, {}).errors).toEqual({
      tertiary_share: [{ code: "sector_incomplete" }],
    });
  });
});

describe("checkTarget: each line from both sides", () => {
  const rdTarget: TargetRule = { hardMin: 0.05, hardMax: 7, direction: "higher", growthForm: "compound" };
  const outOfRange = { code: "out_of_hard_range", min: 0.05, max: 7 };
  const changeOut = { code: "change_out_of_range", min: -100, max: 1000 };

  it.each([
    [0.0499, outOfRange],
    [0.05, null],
    [6.9999, null],
    [7.0001, outOfRange],
  ])("absolute %d → %j", (value, problem) => {
    expect(checkTarget(rdTarget, "absolute", value)).toEqual(problem);
  });

  it.each([
    [-100.01, changeOut],
    [-100, changeOut],
    [-99.99, null],
    [999.99, null],
    [1000, null],
    [1000.01, changeOut],
  ])("relative %d → %j", (value, problem) => {
    expect(checkTarget(rdTarget, "change_pct", value)).toEqual(problem);
  });

  it("refuses a target for a context indicator of either kind", () => {
    expect(checkTarget({ ...rdTarget, direction: "context" }, "change_pct", 10)).toEqual({ code: "not_scored" });
  });

  it("holds an absolute target of a lower-is-better or linear indicator to the hard range too", () => {
    expect(checkTarget({ ...rdTarget, direction: "lower" }, "absolute", 7.0001)).toEqual(outOfRange);
    expect(checkTarget({ ...rdTarget, growthForm: "linear" }, "absolute", 0.0499)).toEqual(outOfRange);
  });
});

describe("yearOnYearChange", () => {
  it("gives the change in percent of last year's value or in points, and none without a usable last year", () => {
    // (110 − 100) ÷ 100 × 100 = 10 %; from −50 to −40: (−40 − −50) ÷ |−50| × 100 = 20 %; 5.5 − 5 = 0.5 points
    expect(yearOnYearChange("percent", 110, 100)).toBeCloseTo(10, 10);
    expect(yearOnYearChange("percent", -40, -50)).toBeCloseTo(20, 10);
    expect(yearOnYearChange("points", 5.5, 5)).toBeCloseTo(0.5, 10);
    expect(yearOnYearChange("points", 5, undefined)).toBeNull();
    expect(yearOnYearChange("points", 5, Number.NaN)).toBeNull();
    expect(yearOnYearChange("percent", 5, 0)).toBeNull();
  });
});
