import { describe, expect, it } from "vitest";
import type { IndicatorRule } from "@/lib/domain/validation";
import { validateYearEntry, yearEntryFromFormData, yearEntrySchema } from "@/lib/validations/values";

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

const rules = [
  rule("rd_intensity", { hardMin: 0.05, hardMax: 7, softMin: 0.5, softMax: 3.5 }),
  rule("hte_count", { decimals: 0, hardMin: 0, hardMax: 20000, yoyKind: "percent", yoyMaxDown: 30, yoyMaxUp: 60 }),
  rule("net_migration_rate", { derivation: "from population" }),
];

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) fd.append(name, value);
  return fd;
}

const base = { areaCode: "xuzhou", year: "2024", version: "3" };

describe("yearEntrySchema", () => {
  it("parses typed numbers, blanks and notes", () => {
    const parsed = yearEntrySchema.parse({
      ...base,
      values: { rd_intensity: { value: "２．１", note: "  from bulletin " }, hte_count: { value: "1,234" }, aged65_share: { value: "" } },
    });
    expect(parsed).toEqual({
      areaCode: "xuzhou",
      year: 2024,
      version: 3,
      source: "",
      values: {
        rd_intensity: { value: 2.1, note: "from bulletin" },
        hte_count: { value: 1234, note: "" },
        aged65_share: { value: null, note: "" },
      },
    });
  });

  it("reports not_a_number on the value's path", () => {
    const result = yearEntrySchema.safeParse({ ...base, values: { rd_intensity: { value: "2.1.3" } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[["values", "rd_intensity", "value"], "not_a_number"]]);
  });

  it("rejects unknown top-level fields, bad years, blank versions and bad keys", () => {
    expect(yearEntrySchema.safeParse({ ...base, values: {}, extra: 1 }).success).toBe(false);
    expect(yearEntrySchema.safeParse({ ...base, year: "1999", values: {} }).success).toBe(false);
    expect(yearEntrySchema.safeParse({ ...base, year: "2024.5", values: {} }).success).toBe(false);
    expect(yearEntrySchema.safeParse({ ...base, version: "", values: {} }).success).toBe(false);
    expect(yearEntrySchema.safeParse({ ...base, version: null, values: {} }).success).toBe(false);
    expect(yearEntrySchema.safeParse({ ...base, areaCode: "Xu Zhou", values: {} }).success).toBe(false);
    expect(yearEntrySchema.safeParse({ ...base, values: { "RD-x": { value: "1" } } }).success).toBe(false);
  });

  it("accepts version 0 for a year never saved", () => {
    expect(yearEntrySchema.parse({ ...base, version: "0", values: {} }).version).toBe(0);
  });
});

describe("yearEntryFromFormData", () => {
  it("collects value:<key> and note:<key> fields and ignores others", () => {
    const raw = yearEntryFromFormData(
      form({
        ...base,
        source: "2024 statistical bulletin",
        "value:rd_intensity": "2.1",
        "note:rd_intensity": "",
        "note:hte_count": "no value typed",
        $ACTION_ID_abc: "",
      }),
    );
    expect(raw).toEqual({
      areaCode: "xuzhou",
      year: "2024",
      version: "3",
      source: "2024 statistical bulletin",
      values: {
        rd_intensity: { value: "2.1", note: "" },
        // a note without its value field counts as not reported
        hte_count: { value: "", note: "no value typed" },
      },
    });
  });

  it("leaves a missing source undefined so the default applies", () => {
    const raw = yearEntryFromFormData(form(base));
    expect(yearEntrySchema.parse(raw).source).toBe("");
  });
});

describe("validateYearEntry", () => {
  it("returns the entry and its flags when everything is acceptable", () => {
    const raw = yearEntryFromFormData(
      form({ ...base, "value:rd_intensity": "4", "note:rd_intensity": "New institute", "value:hte_count": "480" }),
    );
    const result = validateYearEntry(rules, { hte_count: 420 }, raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry.values.rd_intensity).toEqual({ value: 4, note: "New institute" });
    expect(result.flags).toEqual({ rd_intensity: [{ code: "outside_soft_range", min: 0.5, max: 3.5 }] });
  });

  it("reports a typo and a domain error in other fields together", () => {
    const raw = yearEntryFromFormData(form({ ...base, "value:rd_intensity": "8", "value:hte_count": "12a" }));
    expect(validateYearEntry(rules, {}, raw)).toEqual({
      ok: false,
      fieldErrors: {
        hte_count: [{ code: "not_a_number" }],
        rd_intensity: [{ code: "out_of_hard_range", min: 0.05, max: 7 }],
      },
    });
  });

  it("requires a note on a flagged value", () => {
    // (170 − 100)/100 × 100 = +70 % > +60 %
    const raw = yearEntryFromFormData(form({ ...base, "value:hte_count": "170" }));
    expect(validateYearEntry(rules, { hte_count: 100 }, raw)).toEqual({
      ok: false,
      fieldErrors: { hte_count: [{ code: "note_required" }] },
    });
  });

  it("reports an over-long note on its indicator", () => {
    const raw = { ...base, values: { rd_intensity: { value: "2", note: "x".repeat(1001) } } };
    expect(validateYearEntry(rules, {}, raw)).toEqual({ ok: false, fieldErrors: { rd_intensity: [{ code: "note_too_long" }] } });
  });

  it("rejects a typed derived value", () => {
    const raw = yearEntryFromFormData(form({ ...base, "value:net_migration_rate": "-0.8" }));
    expect(validateYearEntry(rules, {}, raw)).toEqual({
      ok: false,
      fieldErrors: { net_migration_rate: [{ code: "derived_not_editable" }] },
    });
  });

  it("rejects indicators that are not in the catalogue", () => {
    const raw = yearEntryFromFormData(form({ ...base, "value:made_up": "1" }));
    expect(validateYearEntry(rules, {}, raw)).toEqual({ ok: false, fieldErrors: {}, formError: "unknown_indicator" });
  });

  it("reports a malformed form as a form error", () => {
    expect(validateYearEntry(rules, {}, { ...base, year: "abc", values: {} })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "invalid_form",
    });
    expect(validateYearEntry(rules, {}, null)).toEqual({ ok: false, fieldErrors: {}, formError: "invalid_form" });
  });

  it("still checks the values when the form header is malformed", () => {
    const raw = { ...base, version: "", values: { rd_intensity: { value: "8" } } };
    expect(validateYearEntry(rules, {}, raw)).toEqual({
      ok: false,
      fieldErrors: { rd_intensity: [{ code: "out_of_hard_range", min: 0.05, max: 7 }] },
      formError: "invalid_form",
    });
  });
});
