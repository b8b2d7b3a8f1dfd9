import { describe, expect, it } from "vitest";
import { isAfter, targetsAsAt, targetsAtApproval, type PlacedTargetChange, type TargetAsAt, type TargetChange } from "./target-history";

// The targets of the 14th period (target year 2025) as they stood at a moment, from today's targets and
// the audited changes since, undone newest first. Every expectation is written out by hand.

const digital: TargetAsAt = { indicatorKey: "digital_core_share", kind: "absolute", value: 6, baseYear: 2020, targetYear: 2025 };
const energy: TargetAsAt = { indicatorKey: "energy_intensity", kind: "change_pct", value: -13.5, baseYear: 2020, targetYear: 2025 };
const fields = (t: TargetAsAt) => ({ kind: t.kind, value: t.value, baseYear: t.baseYear, targetYear: t.targetYear, reason: "x" });

describe("targetsAsAt", () => {
  it("without changes since the moment, gives today's targets", () => {
    expect(targetsAsAt([energy, digital], [], 2025)).toEqual([digital, energy]);
  });

  it("undoes a value change: 10 lowered to 6 after the moment reads as 10", () => {
    const change: TargetChange = { indicatorKey: "digital_core_share", action: "update", year: 2025, old: fields({ ...digital, value: 10 }), new: fields(digital) };
    expect(targetsAsAt([digital, energy], [change], 2025)).toEqual([{ ...digital, value: 10 }, energy]);
  });

  it("undoes several changes of one target back to the first one's old value (10 → 8 → 6 reads as 10)", () => {
    const changes: TargetChange[] = [
      { indicatorKey: "digital_core_share", action: "update", year: 2025, old: fields({ ...digital, value: 10 }), new: fields({ ...digital, value: 8 }) },
      { indicatorKey: "digital_core_share", action: "update", year: 2025, old: fields({ ...digital, value: 8 }), new: fields(digital) },
    ];
    expect(targetsAsAt([digital], changes, 2025)).toEqual([{ ...digital, value: 10 }]);
  });

  it("leaves out a target added after the moment, and puts back one removed after it", () => {
    const changes: TargetChange[] = [
      { indicatorKey: "digital_core_share", action: "create", year: 2025, old: null, new: fields(digital) },
      { indicatorKey: "energy_intensity", action: "delete", year: 2025, old: fields(energy), new: null },
    ];
    expect(targetsAsAt([digital], changes, 2025)).toEqual([energy]);
  });

  it("a target removed and set again after the moment reads as the one removed", () => {
    const changes: TargetChange[] = [
      { indicatorKey: "energy_intensity", action: "delete", year: 2025, old: fields(energy), new: null },
      { indicatorKey: "energy_intensity", action: "create", year: 2025, old: null, new: fields({ ...energy, value: -10 }) },
    ];
    expect(targetsAsAt([{ ...energy, value: -10 }], changes, 2025)).toEqual([energy]);
  });

  it("passes over changes of another period's targets (target year 2030)", () => {
    const other: TargetChange = { indicatorKey: "digital_core_share", action: "create", year: 2030, old: null, new: fields({ ...digital, targetYear: 2030, baseYear: 2025 }) };
    expect(targetsAsAt([digital], [other], 2025)).toEqual([digital]);
  });

  it("reads the target year from the fields of a record written before periods existed (year null)", () => {
    const old: TargetChange = { indicatorKey: "digital_core_share", action: "update", year: null, old: fields({ ...digital, value: 9 }), new: fields(digital) };
    expect(targetsAsAt([digital], [old], 2025)).toEqual([{ ...digital, value: 9 }]);
    expect(targetsAsAt([{ ...digital, targetYear: 2030 }], [old], 2030)).toEqual([{ ...digital, targetYear: 2030 }]);
  });

  it("leaves a target as it is when the record's old fields cannot be read (no guess)", () => {
    const broken: TargetChange = { indicatorKey: "digital_core_share", action: "update", year: 2025, old: { value: "ten" }, new: fields(digital) };
    expect(targetsAsAt([digital], [broken], 2025)).toEqual([digital]);
  });
});

describe("isAfter", () => {
  const change = { auditId: 120, at: new Date("2026-04-20T09:00:00Z") };
  it("by the approval's record: a later record only (121 after 120; 120 and 119 not)", () => {
    expect(isAfter(change, { auditId: 119 })).toBe(true);
    expect(isAfter(change, { auditId: 120 })).toBe(false);
    expect(isAfter(change, { auditId: 121 })).toBe(false);
  });
  it("by time, without a record: a millisecond later counts, the same moment does not", () => {
    expect(isAfter(change, { at: new Date("2026-04-20T08:59:59.999Z") })).toBe(true);
    expect(isAfter(change, { at: new Date("2026-04-20T09:00:00Z") })).toBe(false);
  });
});

describe("targetsAtApproval", () => {
  // 2024 approved at record 100; the digital target lowered from 10 to 6 at record 150.
  const lowered: PlacedTargetChange = {
    auditId: 150,
    at: new Date("2026-12-01T00:00:00Z"),
    indicatorKey: "digital_core_share",
    action: "update",
    year: 2025,
    old: fields({ ...digital, value: 10 }),
    new: fields(digital),
  };
  const today = [digital, energy];

  it("a year not approved reads today's targets, the same array", () => {
    expect(targetsAtApproval(today, [lowered], null, 2025)).toBe(today);
  });
  it("a year approved after the change reads today's targets, the same array", () => {
    expect(targetsAtApproval(today, [lowered], { auditId: 150 }, 2025)).toBe(today);
  });
  it("a year approved before the change reads the target as it was (10)", () => {
    expect(targetsAtApproval(today, [lowered], { auditId: 149 }, 2025)).toEqual([{ ...digital, value: 10 }, energy]);
  });
  it("a change of another period's target leaves today's targets, the same array", () => {
    expect(targetsAtApproval(today, [{ ...lowered, year: 2030 }], { auditId: 100 }, 2025)).toBe(today);
  });
});
