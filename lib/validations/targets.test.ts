import { describe, expect, it } from "vitest";
import type { TargetRule } from "@/lib/domain/validation";
import { deleteTargetSchema, targetFromFormData, targetSchema, validateTarget } from "@/lib/validations/targets";

const rules: (TargetRule & { key: string })[] = [
  { key: "rd_intensity", hardMin: 0.05, hardMax: 7, direction: "higher", growthForm: "compound" },
  { key: "energy_intensity", hardMin: 0.1, hardMax: 5, direction: "lower", growthForm: "compound" },
  { key: "park_circular", hardMin: 0, hardMax: 100, direction: "higher", growthForm: "linear" },
  { key: "pop_resident", hardMin: 0.1, hardMax: 5000, direction: "context", growthForm: "compound" },
];

const base = { areaCode: "xuzhou", indicatorKey: "rd_intensity", period: "fyp15", kind: "absolute", value: "2.5" };

function form(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [name, value] of Object.entries(fields)) fd.append(name, value);
  return fd;
}

describe("targetSchema", () => {
  it("leaves the base year to the period and fills the reason", () => {
    expect(targetSchema.parse(base)).toEqual({
      areaCode: "xuzhou",
      indicatorKey: "rd_intensity",
      period: "fyp15",
      kind: "absolute",
      value: 2.5,
      baseYear: undefined,
      reason: "",
    });
  });

  it("treats a blank base year as not given", () => {
    expect(targetSchema.parse({ ...base, baseYear: "" }).baseYear).toBeUndefined();
  });

  it("coerces years from form text, and takes a yearly growth", () => {
    expect(targetSchema.parse({ ...base, kind: "change_pct", value: "−13.5", baseYear: "2021" })).toMatchObject({ kind: "change_pct", value: -13.5, baseYear: 2021 });
    expect(targetSchema.parse({ ...base, kind: "annual_growth", value: "7" })).toMatchObject({ kind: "annual_growth", value: 7 });
  });

  it.each([
    [{ value: "" }, "value", "required"],
    [{ value: "abc" }, "value", "not_a_number"],
    [{ kind: "percent" }, "kind", "invalid_kind"],
    [{ baseYear: "1999" }, "baseYear", "invalid_base_year"],
    [{ baseYear: "2101" }, "baseYear", "invalid_base_year"],
    [{ period: "" }, "period", "unknown_period"],
    [{ period: "FYP 15" }, "period", "unknown_period"],
    [{ reason: "x".repeat(1001) }, "reason", "reason_too_long"],
  ])("rejects %j", (override, field, code) => {
    const result = targetSchema.safeParse({ ...base, ...override });
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([[field, code]]);
  });

  it("rejects unknown fields", () => {
    expect(targetSchema.safeParse({ ...base, setBy: 1 }).success).toBe(false);
  });
});

describe("deleteTargetSchema", () => {
  it("needs the area, indicator and period, and takes the reason", () => {
    expect(deleteTargetSchema.parse({ areaCode: "xuzhou", indicatorKey: "rd_intensity", period: "fyp15", reason: "plan revised" })).toEqual({
      areaCode: "xuzhou",
      indicatorKey: "rd_intensity",
      period: "fyp15",
      reason: "plan revised",
    });
    expect(deleteTargetSchema.safeParse({ areaCode: "xuzhou" }).success).toBe(false);
    expect(deleteTargetSchema.safeParse({ areaCode: "xuzhou", indicatorKey: "rd_intensity", value: "1" }).success).toBe(false);
  });
});

describe("targetFromFormData", () => {
  it("reads only the target fields", () => {
    const raw = targetFromFormData(form({ ...base, reason: "Area plan", $ACTION_ID_abc: "" }));
    expect(targetSchema.parse(raw)).toMatchObject({ value: 2.5, period: "fyp15", reason: "Area plan" });
  });
});

describe("validateTarget", () => {
  it("accepts a target within the indicator's hard range", () => {
    expect(validateTarget(rules, base)).toMatchObject({ ok: true, target: { value: 2.5 } });
  });

  it("names the hard range when an absolute target is impossible", () => {
    expect(validateTarget(rules, { ...base, value: "8" })).toEqual({
      ok: false,
      fieldErrors: { value: [{ code: "out_of_hard_range", min: 0.05, max: 7 }] },
    });
  });

  it("accepts the national energy target of −13.5 % and rejects −100 %", () => {
    const energy = { ...base, indicatorKey: "energy_intensity", kind: "change_pct" };
    expect(validateTarget(rules, { ...energy, value: "-13.5" }).ok).toBe(true);
    expect(validateTarget(rules, { ...energy, value: "-100" })).toEqual({
      ok: false,
      fieldErrors: { value: [{ code: "change_out_of_range", min: -100, max: 1000 }] },
    });
  });

  it("puts a relative target on a linear indicator on the kind field", () => {
    expect(validateTarget(rules, { ...base, indicatorKey: "park_circular", kind: "change_pct", value: "10" })).toEqual({
      ok: false,
      fieldErrors: { kind: [{ code: "relative_not_allowed" }] },
    });
  });

  it("refuses targets for context indicators and unknown indicators", () => {
    expect(validateTarget(rules, { ...base, indicatorKey: "pop_resident", value: "300" })).toEqual({
      ok: false,
      fieldErrors: { indicatorKey: [{ code: "not_scored" }] },
    });
    expect(validateTarget(rules, { ...base, indicatorKey: "made_up" })).toEqual({
      ok: false,
      fieldErrors: { indicatorKey: [{ code: "unknown_indicator" }] },
    });
  });

  it("maps parse issues to field codes and unknown fields to a form error", () => {
    expect(validateTarget(rules, { ...base, value: "" })).toEqual({ ok: false, fieldErrors: { value: [{ code: "required" }] } });
    expect(validateTarget(rules, { ...base, extra: "1" })).toEqual({ ok: false, fieldErrors: {}, formError: "invalid_form" });
  });
});
