import { describe, expect, it } from "vitest";
import { cellText, checkImport, parseValueCell, type AreaAccess, type ImportCheckContext, type StoredValue } from "./check";
import type { RawCell, RawImportRow } from "./table";
import { catalogueRules } from "./test-rules";

const letters = { area_code: "A", indicator_key: "B", year: "C", value: "D", note: "E", source: "F" } as const;

let nextRow = 2;
function row(area: RawCell, indicator: RawCell, year: RawCell, value: RawCell, note: RawCell = null, source: RawCell = null): RawImportRow {
  return { row: nextRow++, area, indicator, year, value, note, source };
}
function rows(...list: RawImportRow[]): RawImportRow[] {
  nextRow = 2;
  return list.map((r, i) => ({ ...r, row: i + 2 }));
}

function context(overrides: Partial<ImportCheckContext> & { storedValues?: Record<string, Record<string, number | StoredValue>> } = {}): ImportCheckContext {
  const stored = new Map(
    Object.entries(overrides.storedValues ?? {}).map(([id, values]) => [
      id,
      new Map(Object.entries(values).map(([key, v]) => [key, typeof v === "number" ? { value: v, note: null } : v])),
    ]),
  );
  return {
    rules: catalogueRules(),
    years: { min: 2000, max: 2025 },
    areaAccess: new Map<string, AreaAccess>([
      ["xuzhou", "writable"],
      ["tongling", "not_your_area"],
      ["newtown", "not_active"],
    ]),
    stored: (area, year) => stored.get(`${area}:${year}`),
    status: () => undefined,
    ...overrides,
  };
}

describe("cells", () => {
  it("takes off the apostrophe an export puts before text that starts like a formula", () => {
    expect(cellText("'=1+1")).toBe("=1+1");
    expect(cellText("'-0.8")).toBe("-0.8");
    expect(cellText("'quoted")).toBe("'quoted");
    expect(cellText("  说明  ")).toBe("说明");
  });

  it("reads numbers as the form does: separators, full-width digits, the Unicode minus; number cells as they are", () => {
    expect(parseValueCell("1,234.5")).toBe(1234.5);
    expect(parseValueCell("１２．５")).toBe(12.5);
    expect(parseValueCell("−0.8")).toBe(-0.8);
    expect(parseValueCell(1e-7)).toBe(1e-7);
    expect(parseValueCell("1,5")).toBeNull();
    expect(parseValueCell("1e400")).toBeNull();
    expect(parseValueCell("12 家")).toBeNull();
  });
});

describe("checkImport", () => {
  it("accepts a clean file: one group per area-year, values counted as changed or unchanged", () => {
    const result = checkImport(
      rows(row("xuzhou", "hte_count", 2023, 1500), row("Xuzhou ", " RD_INTENSITY", "2023", "2.1"), row("xuzhou", "urban_rate", 2022, 66.2)),
      letters,
      context({ storedValues: { "xuzhou:2023": { hte_count: 1500 }, "xuzhou:2022": { hte_count: 1400, rd_intensity: 2 }, "xuzhou:2021": { urban_rate: 65.9 } } }),
    );
    expect(result.problems).toEqual([]);
    expect(result.flags).toEqual([]);
    expect(result.counts).toEqual({ rows: 3, areaYears: 2, changed: 2, unchanged: 1, flagged: 0, computed: 0 });
    expect(result.groups).toEqual([
      { area: "xuzhou", year: 2022, source: "", entries: { urban_rate: { value: 66.2, note: "", flagged: false } } },
      {
        area: "xuzhou",
        year: 2023,
        source: "",
        entries: { hte_count: { value: 1500, note: "", flagged: false }, rd_intensity: { value: 2.1, note: "", flagged: false } },
      },
    ]);
  });

  it("names the row and column of a bad number, a value outside the hard range and a missing note for a flagged value", () => {
    const result = checkImport(
      rows(
        row("xuzhou", "hte_count", 2023, "abc"),
        row("xuzhou", "rd_intensity", 2023, 99),
        // 5G base stations: usual range 1–60, possible up to 120: flagged, and needs a note
        row("xuzhou", "g5_per_10k", 2023, 80),
        row("xuzhou", "gigabit_share", 2023, 45, "新建千兆小区（说明）"),
      ),
      letters,
      context(),
    );
    expect(result.problems).toEqual([
      { row: 2, column: "value", cell: "D", code: "not_a_number", params: { value: "abc" } },
      { row: 3, column: "value", cell: "D", code: "out_of_hard_range", params: { min: 0.05, max: 7, indicator: "rd_intensity" } },
      { row: 4, column: "note", cell: "E", code: "note_required", params: { indicator: "g5_per_10k" } },
    ]);
    expect(result.flags.map((f) => [f.row, f.indicator, f.flag.code])).toEqual([
      [4, "g5_per_10k", "outside_soft_range"],
      [5, "gigabit_share", "outside_soft_range"],
    ]);
    expect(result.groups[0]!.entries.gigabit_share).toEqual({ value: 45, note: "新建千兆小区（说明）", flagged: true });
  });

  it("refuses unknown, foreign and inactive areas, unknown and computed indicators, years out of range and empty cells", () => {
    const result = checkImport(
      rows(
        row("nowhere", "hte_count", 2023, 1),
        row("tongling", "hte_count", 2023, 1),
        row("newtown", "hte_count", 2023, 1),
        row("xuzhou", "no_such_indicator", 2023, 1),
        row("xuzhou", "net_migration_rate", 2023, 0.1),
        row("xuzhou", "hte_count", 1999, 1),
        row("xuzhou", "hte_count", "2026", 1),
        row("xuzhou", "hte_count", "20x3", 1),
        row(null, "", null, 1),
        row("x".repeat(500), "hte_count", 2023, 1),
      ),
      letters,
      context(),
    );
    const at = (r: number) => result.problems.filter((p) => p.row === r).map((p) => [p.column, p.code]);
    expect(at(2)).toEqual([["area_code", "unknown_area"]]);
    expect(at(3)).toEqual([["area_code", "not_your_area"]]);
    expect(at(4)).toEqual([["area_code", "area_not_active"]]);
    expect(at(5)).toEqual([["indicator_key", "unknown_indicator"]]);
    expect(at(6)).toEqual([["indicator_key", "derived_not_importable"]]);
    expect(result.problems.find((p) => p.row === 7)).toEqual({ row: 7, column: "year", cell: "C", code: "bad_year", params: { value: "1999", min: 2000, max: 2025 } });
    expect(at(8)).toEqual([["year", "bad_year"]]);
    expect(at(9)).toEqual([["year", "bad_year"]]);
    expect(at(10)).toEqual([["area_code", "required"], ["indicator_key", "required"], ["year", "required"]]);
    // A huge cell is quoted back cut short.
    expect(String(result.problems.find((p) => p.row === 11)!.params!.value)).toHaveLength(41);
    expect(result.groups).toEqual([]);
  });

  it("refuses a second row for the same area, indicator and year, naming the first", () => {
    const result = checkImport(rows(row("xuzhou", "hte_count", 2023, 1500), row("xuzhou", "HTE_COUNT", "2023", 1600)), letters, context());
    expect(result.problems).toEqual([{ row: 3, column: "indicator_key", cell: "B", code: "duplicate_row", params: { firstRow: 2 } }]);
    expect(result.groups[0]!.entries.hte_count!.value).toBe(1500);
  });

  it("takes last year's value from the file when it has one, otherwise from the database, for the year-on-year flag", () => {
    // hte_count: up to +60 % a year. Stored 2022: 1000 → 2023: 2000 is +100 %: flagged.
    const stored = { "xuzhou:2021": { hte_count: 1000 }, "xuzhou:2022": { hte_count: 1000 } };
    const fromDatabase = checkImport(rows(row("xuzhou", "hte_count", 2023, 2000, "并购")), letters, context({ storedValues: stored }));
    expect(fromDatabase.flags.map((f) => f.flag)).toEqual([{ code: "yoy_change", previous: 1000, change: 100, kind: "percent", maxDown: 30, maxUp: 60 }]);
    // With 2022 in the file at 1800 (+80 % on 2021: flagged, with its note), 2023's 2000 is +11 %: no flag.
    const fromFile = checkImport(rows(row("xuzhou", "hte_count", 2022, 1800, "修订"), row("xuzhou", "hte_count", 2023, 2000)), letters, context({ storedValues: stored }));
    expect(fromFile.flags.map((f) => [f.year, f.flag.code])).toEqual([[2022, "yoy_change"]]);
    expect(fromFile.problems).toEqual([]);
  });

  it("checks the sector shares of a file with the stored shares it leaves out", () => {
    const stored = { "xuzhou:2023": { primary_share: 8, secondary_share: 40, tertiary_share: 52 } };
    // 10 + 40 + 52 = 102
    const off = checkImport(rows(row("xuzhou", "primary_share", 2023, 10)), letters, context({ storedValues: stored }));
    expect(off.problems).toEqual([{ row: 2, column: "value", cell: "D", code: "sector_sum", params: { sum: 102 } }]);
    // 8 + 39 + 53 = 100
    const fine = checkImport(rows(row("xuzhou", "secondary_share", 2023, 39), row("xuzhou", "tertiary_share", 2023, 53)), letters, context({ storedValues: stored }));
    expect(fine.problems).toEqual([]);
    // Nothing stored: one share alone cannot be checked, and is refused as incomplete.
    const alone = checkImport(rows(row("xuzhou", "primary_share", 2024, 8)), letters, context({ storedValues: stored }));
    expect(alone.problems).toEqual([
      { row: 2, column: "value", cell: "D", code: "sector_incomplete", params: { missing: "secondary_share, tertiary_share" } },
    ]);
  });

  it("refuses rows of a submitted or approved year once, at the group's first row", () => {
    const result = checkImport(
      rows(row("xuzhou", "hte_count", 2023, 1500), row("xuzhou", "rd_intensity", 2023, 2), row("xuzhou", "hte_count", 2022, 1400)),
      letters,
      context({ status: (_area, year) => (year === 2023 ? "approved" : year === 2022 ? "returned" : undefined) }),
    );
    expect(result.problems).toEqual([{ row: 2, column: "year", cell: "C", code: "year_approved", params: { area: "xuzhou", year: 2023 } }]);
  });

  it("keeps each row's source, writing an area-year's rows of different sources separately, and reads notes and sources within their lengths", () => {
    const result = checkImport(
      rows(
        row("xuzhou", "hte_count", 2023, 1500, null, "2023年统计公报"),
        row("xuzhou", "rd_intensity", 2023, 2, null, "R&D公报"),
        row("xuzhou", "srdi_firms", 2023, 200, null, "2023年统计公报"),
        row("xuzhou", "urban_rate", 2023, 66, "x".repeat(1001)),
        row("xuzhou", "urban_rate", 2022, 65, null, "y".repeat(201)),
      ),
      letters,
      context(),
    );
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [5, "note", "note_too_long"],
      [6, "source", "source_too_long"],
    ]);
    expect(result.counts.areaYears).toBe(2);
    expect(result.groups.filter((g) => g.year === 2023).map((g) => [g.source, Object.keys(g.entries)])).toEqual([
      ["", ["urban_rate"]],
      ["2023年统计公报", ["hte_count", "srdi_firms"]],
      ["R&D公报", ["rd_intensity"]],
    ]);
  });

  it("refuses rows of another area when the upload names one", () => {
    const result = checkImport(rows(row("xuzhou", "hte_count", 2023, 1500)), letters, context({ areaAccess: new Map([["xuzhou", "writable"]]), onlyArea: "zigong" }));
    expect(result.problems.map((p) => p.code)).toEqual(["not_selected_area"]);
  });

  it("counts a value whose number and note equal the stored ones as unchanged", () => {
    const result = checkImport(
      rows(row("xuzhou", "hte_count", 2023, "1,500", " 说明 "), row("xuzhou", "rd_intensity", 2023, 2.1)),
      letters,
      context({ storedValues: { "xuzhou:2023": { hte_count: { value: 1500, note: "说明" }, rd_intensity: { value: 2.1, note: "old" } } } }),
    );
    expect(result.counts).toMatchObject({ changed: 1, unchanged: 1 });
  });
});

describe("computed rows, as an export carries them", () => {
  // Net migration 2023 = (301.5 − 300 − 300 × (−2.0 ‰)) ÷ 300 × 100 = (1.5 + 0.6) ÷ 300 × 100 = 0.70 %.
  const inputs = { "xuzhou:2022": { pop_resident: 300 }, "xuzhou:2023": { pop_resident: 301.5, natural_increase_rate: -2 } };

  it("skips a computed row equal to what the product computes from the stored inputs, and says so", () => {
    const result = checkImport(rows(row("xuzhou", "net_migration_rate", 2023, 0.7), row("xuzhou", "hte_count", 2023, 1500)), letters, context({ storedValues: inputs }));
    expect(result.problems).toEqual([]);
    expect(result.computed).toEqual([{ row: 2, area: "xuzhou", indicator: "net_migration_rate", year: 2023, value: 0.7 }]);
    expect(result.counts).toMatchObject({ rows: 2, changed: 1, unchanged: 0, computed: 1 });
    // Skipped means not written: the write holds the entered value only.
    expect(result.groups.map((g) => Object.keys(g.entries))).toEqual([["hte_count"]]);
  });

  it("compares at the indicator's decimals (2): 0.704 is 0.70, 0.706 is 0.71", () => {
    const at = (value: number) => checkImport(rows(row("xuzhou", "net_migration_rate", 2023, value)), letters, context({ storedValues: inputs }));
    expect(at(0.704).problems).toEqual([]);
    expect(at(0.706).problems).toEqual([
      { row: 2, column: "indicator_key", cell: "B", code: "derived_not_importable", params: { indicator: "net_migration_rate", value: 0.706, computed: 0.7 } },
    ]);
  });

  it("computes from the file's own inputs where it has them", () => {
    // With 2023's population at 303 in the file: (3 + 0.6) ÷ 300 × 100 = 1.20 %.
    const withInput = (migration: number) =>
      checkImport(rows(row("xuzhou", "pop_resident", 2023, 303), row("xuzhou", "net_migration_rate", 2023, migration)), letters, context({ storedValues: inputs }));
    expect(withInput(1.2).problems).toEqual([]);
    expect(withInput(1.2).counts.computed).toBe(1);
    // The stored computation (0.70) is not what the product will compute once the file is in.
    expect(withInput(0.7).problems.map((p) => [p.row, p.code, p.params?.computed])).toEqual([[3, "derived_not_importable", 1.2]]);
  });

  it("refuses a computed row that cannot be computed (an input missing), or that carries a note", () => {
    const missing = checkImport(rows(row("xuzhou", "net_migration_rate", 2023, 0.7)), letters, context({ storedValues: { "xuzhou:2023": inputs["xuzhou:2023"] } }));
    expect(missing.problems.map((p) => p.params)).toEqual([{ indicator: "net_migration_rate", value: 0.7, computed: null }]);
    const noted = checkImport(rows(row("xuzhou", "net_migration_rate", 2023, 0.7, "说明")), letters, context({ storedValues: inputs }));
    expect(noted.problems.map((p) => p.code)).toEqual(["derived_not_importable"]);
    expect(noted.computed).toEqual([]);
  });
});

describe("locked years", () => {
  const stored = { "xuzhou:2023": { hte_count: 1500, rd_intensity: 2.1 } };
  const approved2023 = (_area: string, year: number) => (year === 2023 ? ("approved" as const) : undefined);

  it("take back their rows unchanged: no problem, nothing to write", () => {
    const result = checkImport(
      rows(row("xuzhou", "hte_count", 2023, 1500), row("xuzhou", "rd_intensity", 2023, 2.1), row("xuzhou", "hte_count", 2022, 1400)),
      letters,
      context({ storedValues: stored, status: approved2023 }),
    );
    expect(result.problems).toEqual([]);
    expect(result.counts).toMatchObject({ changed: 1, unchanged: 2 });
    expect(result.groups.map((g) => g.year)).toEqual([2022]);
  });

  it("refuse a changed row, at the first changed row", () => {
    const result = checkImport(
      rows(row("xuzhou", "hte_count", 2023, 1500), row("xuzhou", "rd_intensity", 2023, 2.2)),
      letters,
      context({ storedValues: stored, status: approved2023 }),
    );
    expect(result.problems).toEqual([{ row: 3, column: "year", cell: "C", code: "year_approved", params: { area: "xuzhou", year: 2023 } }]);
  });
});

describe("control characters in a file's text", () => {
  it("refuses a note or a source holding one, at its cell, as the entry form does", () => {
    const result = checkImport(
      rows(row("xuzhou", "hte_count", 2023, 1500, "note\u0007"), row("xuzhou", "urban_rate", 2023, 66, null, "bulletin\u0001"), row("xuzhou", "rd_intensity", 2023, 2.1, "a\tb", "c")),
      letters,
      context(),
    );
    expect(result.problems).toEqual([
      { row: 2, column: "note", cell: "E", code: "control_characters" },
      { row: 3, column: "source", cell: "F", code: "control_characters" },
    ]);
  });
});
