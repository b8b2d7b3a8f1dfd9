import { describe, expect, it } from "vitest";
import { listEntryChanges } from "@/lib/domain/entry-changes";

const rules = [
  { key: "pop_resident", yoyKind: "percent" as const, derivation: null },
  { key: "net_migration_rate", yoyKind: "points" as const, derivation: "computed" },
  { key: "rd_intensity", yoyKind: "points" as const, derivation: null },
  { key: "hte_count", yoyKind: "percent" as const, derivation: null },
  { key: "srdi_firms", yoyKind: null, derivation: null },
  { key: "urban_rate", yoyKind: "points" as const, derivation: null },
];
const stored = {
  pop_resident: { value: "320", note: "" },
  net_migration_rate: { value: "0.50", note: "" },
  rd_intensity: { value: "1.2", note: "" },
  hte_count: { value: "", note: "" },
  srdi_firms: { value: "150", note: "old" },
  urban_rate: { value: "55.5", note: "" },
};
const previous = { pop_resident: 300, rd_intensity: 1.1, hte_count: 0, srdi_firms: 120 };

describe("listEntryChanges", () => {
  it("lists nothing when the form holds what is stored (1,234 and 1234 are the same number)", () => {
    const values = { pop_resident: "320.0", rd_intensity: "1.20", hte_count: "", srdi_firms: "150", urban_rate: " 55.5 " };
    expect(listEntryChanges({ rules, stored, values, notes: { srdi_firms: "old " }, previous })).toEqual([]);
  });

  it("lists every changed value in the form's order, with its change from last year in the indicator's kind", () => {
    const values = { pop_resident: "330", rd_intensity: "1.5", hte_count: "12", srdi_firms: "150", urban_rate: "" };
    const changes = listEntryChanges({ rules, stored, values, notes: { srdi_firms: "new" }, previous });
    expect(changes.map((c) => c.key)).toEqual(["pop_resident", "rd_intensity", "hte_count", "srdi_firms", "urban_rate"]);
    const byKey = Object.fromEntries(changes.map((c) => [c.key, c]));
    // (330 − 300) ÷ 300 × 100 = 10 %
    expect(byKey.pop_resident).toMatchObject({ before: 320, after: 330, invalid: false, noteOnly: false });
    expect(byKey.pop_resident!.yoy!.kind).toBe("percent");
    expect(byKey.pop_resident!.yoy!.change).toBeCloseTo(10, 9);
    // 1.5 − 1.1 = 0.4 points
    expect(byKey.rd_intensity!.yoy!.change).toBeCloseTo(0.4, 9);
    expect(byKey.rd_intensity!.yoy!.kind).toBe("points");
    // A percent change from 0 is undefined.
    expect(byKey.hte_count).toMatchObject({ before: null, after: 12, yoy: null });
    // Only the note changed; no kind declared: percent, (150 − 120) ÷ 120 = 25 %.
    expect(byKey.srdi_firms).toMatchObject({ noteOnly: true, yoy: { change: 25, kind: "percent" } });
    // Emptied: the save removes the stored value.
    expect(byKey.urban_rate).toMatchObject({ before: 55.5, after: null, yoy: null });
  });

  it("marks a value that is not a number", () => {
    const changes = listEntryChanges({ rules, stored, values: { ...Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.value])), rd_intensity: "1.2.3" }, notes: { srdi_firms: "old" }, previous });
    expect(changes).toEqual([{ key: "rd_intensity", before: 1.2, after: null, invalid: true, noteOnly: false, yoy: null }]);
  });

  it("reads a field that was never stored or is not in the form as empty, and a stored note with spaces as the same note", () => {
    const one = [{ key: "pop_resident", yoyKind: "percent" as const, derivation: null }];
    expect(listEntryChanges({ rules: one, stored: {}, values: {}, notes: {}, previous })).toEqual([]);
    expect(listEntryChanges({ rules: one, stored: { pop_resident: { value: "320", note: " 来源：公报 " } }, values: { pop_resident: "320" }, notes: { pop_resident: "来源：公报" }, previous })).toEqual([]);
    // Typed into a field never stored: 330 against last year's 300 → (330 − 300) ÷ 300 × 100 = 10 %
    const [typed] = listEntryChanges({ rules: one, stored: {}, values: { pop_resident: "330" }, notes: {}, previous });
    expect(typed).toMatchObject({ key: "pop_resident", before: null, after: 330, invalid: false, noteOnly: false });
    expect(typed!.yoy!.change).toBeCloseTo(10, 9);
  });
});
